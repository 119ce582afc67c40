/**
 * A country's working group writes its report's narrative (achievements, difficulties, next steps). The first save
 * makes the report, in the member's language; later saves name the version they started from. Only a report being
 * written (draft, returned, reopened) takes a narrative.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { countryReports, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { saveReportNarrativeSchema } from "@/lib/validation/rounds";
import { reportConflictView, reportEntity, type ReportRow, roundAsks } from "./round-records";

/** The statuses in which the working group writes the report. */
export const writableReportStatuses: readonly ReportRow["status"][] = ["draft", "returned", "reopened"];

type Saved = { id: string; roundId: string; countryCode: string; version: number };

export async function saveReportNarrative(db: Database, actor: Actor, input: unknown): Promise<Saved> {
  const { roundId, countryCode, version, ...narrative } = parseInput(saveReportNarrativeSchema, input);
  assertCan(actor, "report.write", { countryCode });
  return db.transaction(async (tx) => {
    const [round] = await tx
      .select({ id: reportingRounds.id })
      .from(reportingRounds)
      .where(and(eq(reportingRounds.id, roundId), isNull(reportingRounds.deletedAt)));
    if (!round || !(await roundAsks(tx, roundId, countryCode))) throw notFound();
    const [report] = await tx
      .select()
      .from(countryReports)
      .where(and(eq(countryReports.roundId, roundId), eq(countryReports.countryCode, countryCode)))
      .for("update");
    if (!report) return createReport(tx, actor, { roundId, countryCode }, narrative);
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (!writableReportStatuses.includes(report.status)) throw invalid({}, "rounds.rules.notWritable");
    const before = { achievements: report.achievements, difficulties: report.difficulties, nextSteps: report.nextSteps };
    const changes = changedFields(before, narrative);
    const saved = { id: report.id, roundId, countryCode, version: report.version };
    if (Object.keys(changes.after).length === 0) return saved;
    await tx
      .update(countryReports)
      .set({ ...narrative, version: report.version + 1, updatedAt: new Date() })
      .where(eq(countryReports.id, report.id));
    await recordAudit(tx, actor, { action: "report.narrative", entityType: reportEntity, entityId: report.id, countryCode, ...changes });
    return { ...saved, version: report.version + 1 };
  });
}

type Narrative = { achievements: string; difficulties: string; nextSteps: string };

async function createReport(tx: Transaction, actor: Actor, key: { roundId: string; countryCode: string }, narrative: Narrative): Promise<Saved> {
  const [created] = await tx
    .insert(countryReports)
    .values({ ...key, ...narrative, locale: actor.locale ?? "en", createdById: actor.userId })
    // Two members saving the first draft at once: the second meets the first's report as a conflict.
    .onConflictDoNothing({ target: [countryReports.roundId, countryReports.countryCode] })
    .returning();
  if (!created) {
    const [current] = await tx.select().from(countryReports).where(and(eq(countryReports.roundId, key.roundId), eq(countryReports.countryCode, key.countryCode)));
    throw conflict(reportConflictView(current!));
  }
  await recordAudit(tx, actor, {
    action: "report.create",
    entityType: reportEntity,
    entityId: created.id,
    countryCode: key.countryCode,
    after: { status: "draft", locale: created.locale, ...narrative },
  });
  return { id: created.id, ...key, version: created.version };
}
