/**
 * The milestones export: every live milestone with its step and evidence, read page by page by keyset under the
 * same conditions as the country and step pages (`readableMilestones`, `readableEvidence` in
 * lib/progress/milestone-list.ts), so whatever narrows what a reader may see there narrows the export too. A page is
 * one query that gives each row as the file holds it (evidence counted and written out in SQL, decision 2450): no
 * second query per page, no row objects the file does not need.
 */
import { and, count, type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { evidence, type Locale, milestones, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { titleText } from "@/lib/i18n/localized";
import { milestoneKeysetAfter, milestoneListOrder, readableEvidence, readableMilestones } from "@/lib/progress/milestone-list";
import { milestoneFilter } from "@/lib/progress/milestone-filter";
import { authorizeProgressExport, stepNames } from "./progress-export-scope";
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

/** A milestone as the export reads it: the file's cells, less the step's, which come from `stepNames` once. */
type MilestoneRow = {
  id: string;
  country: string;
  countryStepId: string;
  milestone: string;
  occurredOn: string;
  description: string;
  author: string;
  evidenceCount: number;
  evidence: string | null;
};

/**
 * One page of the export, latest first: each milestone with the evidence the actor may read, as "title <address>"
 * joined by "; " in the order it was added; an address is the link, or where Socle serves an uploaded file. The
 * page's milestones are chosen first and their evidence read after, so a plan made without statistics (PGlite has
 * no autovacuum) cannot read evidence for every row past the page.
 */
function milestonePage(db: Queryable, actor: Actor, where: SQL | undefined, origin: string, limit: number): Promise<MilestoneRow[]> {
  return queryRows<MilestoneRow>(
    db,
    sql`select "page"."id", "page"."country", "page"."countryStepId", "page"."milestone", "page"."occurredOn", "page"."description",
          ${users.name} as "author", "attached"."count" as "evidenceCount", "attached"."list" as "evidence"
        from (
          select ${milestones.id} as "id", ${milestones.countryCode} as "country", ${milestones.countryStepId} as "countryStepId",
                 ${milestones.title} as "milestone", ${milestones.occurredOn} as "occurredOn", ${milestones.description} as "description",
                 ${milestones.authorId} as "authorId", ${milestones.createdAt} as "createdAt"
          from ${milestones}
          where ${readableMilestones(actor, where)}
          order by ${sql.join(milestoneListOrder, sql`, `)}
          limit ${limit}
        ) "page"
        join ${users} on ${users.id} = "page"."authorId"
        cross join lateral (
          select count(*)::int as "count",
                 string_agg(${evidence.title} || ' <' || coalesce(${evidence.url}, ${`${origin}/api/evidence/`}::text || ${evidence.id}::text) || '>', '; '
                            order by ${evidence.createdAt}, ${evidence.id}) as "list"
          from ${evidence}
          where ${evidence.milestoneId} = "page"."id" and ${readableEvidence(actor)}
        ) "attached"
        order by "page"."occurredOn" desc, "page"."createdAt" desc, "page"."id" desc`,
  );
}

export async function exportMilestones(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  options: { locale: Locale; origin: string },
): Promise<{ rowCount: number; table: ExportTable }> {
  const { query } = await authorizeProgressExport(db, actor, input);
  const where = milestoneFilter(db, query);
  const [names, [counted]] = await Promise.all([stepNames(db, query.country), db.select({ total: count() }).from(milestones).where(readableMilestones(actor, where))]);
  // Each step's number and title in the reader's language, worked out once rather than per row.
  const steps = new Map([...names].map(([id, step]) => [id, { number: step.number, title: titleText(step.title, options.locale) }]));
  async function* batches(): AsyncGenerator<ExportRow[]> {
    let after: string | null = null;
    for (;;) {
      const page = await milestonePage(db, actor, and(where, after ? milestoneKeysetAfter(after) : undefined), options.origin, exportBatchSize);
      if (page.length > 0) {
        yield page.map((row) => {
          const step = steps.get(row.countryStepId);
          return {
            country: row.country,
            stepNumber: step?.number ?? null,
            step: step?.title ?? null,
            milestone: row.milestone,
            occurredOn: row.occurredOn,
            description: row.description,
            author: row.author,
            evidenceCount: row.evidenceCount,
            evidence: row.evidence,
          };
        });
      }
      if (page.length < exportBatchSize) return;
      after = page.at(-1)!.id;
    }
  }
  return { rowCount: counted?.total ?? 0, table: { name: "milestones", columns: milestoneColumns, batches: batches() } };
}
