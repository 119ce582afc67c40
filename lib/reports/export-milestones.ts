/**
 * The milestones export: every live milestone with its step and evidence, read page by page through the same
 * function as the country and step pages (lib/progress/milestone-list.ts), so whatever narrows what a reader may
 * see there narrows the export too.
 */
import { and, count, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { type Locale, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { titleText } from "@/lib/i18n/localized";
import { listMilestones, milestoneKeysetAfter, type MilestoneView } from "@/lib/progress/milestone-list";
import { milestoneFilter } from "@/lib/progress/milestone-filter";
import { milestoneVisibleTo } from "@/lib/sharing/visibility";
import { authorizeProgressExport, type StepName, stepNames } from "./progress-export-scope";
import { type ExportColumn, type ExportRow, type ExportTable, exportBatchSize, labelledColumn } from "./tabular";

const column = labelledColumn;

export const milestoneColumns: ExportColumn[] = [
  column("country", "text"),
  column("stepNumber", "integer"),
  column("step", "text", 40),
  column("milestone", "text", 40),
  column("occurredOn", "date"),
  column("description", "text", 60),
  column("author", "text", 20),
  column("evidenceCount", "integer"),
  column("evidence", "text", 80),
];

/** Where a milestone's evidence is: its web address, or the address Socle serves an uploaded file at. */
export function evidenceAddress(item: MilestoneView["evidence"][number], origin: string): string {
  return item.url ?? `${origin}/api/evidence/${item.id}`;
}

async function* milestonePages(db: Queryable, actor: Actor, where: SQL | undefined): AsyncGenerator<MilestoneView[]> {
  let after: string | null = null;
  for (;;) {
    const page = await listMilestones(db, actor, and(where, after ? milestoneKeysetAfter(after) : undefined), { limit: exportBatchSize });
    if (page.length > 0) yield page;
    if (page.length < exportBatchSize) return;
    after = page.at(-1)!.id;
  }
}

function rowOf(milestone: MilestoneView, step: StepName | undefined, locale: Locale, origin: string): ExportRow {
  return {
    country: milestone.countryCode,
    stepNumber: step?.number ?? null,
    step: step ? (titleText(step.title, locale)) : null,
    milestone: milestone.title,
    occurredOn: milestone.occurredOn,
    description: milestone.description,
    author: milestone.authorName,
    evidenceCount: milestone.evidence.length,
    evidence: milestone.evidence.map((item) => `${item.title} <${evidenceAddress(item, origin)}>`).join("; "),
  };
}

export async function exportMilestones(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  options: { locale: Locale; origin: string },
): Promise<{ rowCount: number; table: ExportTable }> {
  const { query } = await authorizeProgressExport(db, actor, input);
  const where = milestoneFilter(db, query);
  const [names, [counted]] = await Promise.all([stepNames(db, query.country), db.select({ total: count() }).from(milestones).where(and(where, milestoneVisibleTo(actor)))]);
  async function* batches() {
    for await (const page of milestonePages(db, actor, where)) yield page.map((milestone) => rowOf(milestone, names.get(milestone.countryStepId), options.locale, options.origin));
  }
  return { rowCount: counted?.total ?? 0, table: { name: "milestones", columns: milestoneColumns, batches: batches() } };
}
