/**
 * The working group submits its report: what the period's data says is frozen into the report's snapshot, so that
 * what reviewers accept is what stays on record, whatever changes afterwards.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan, assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reportStepSchema } from "@/lib/validation/rounds";
import { draftFromPeriod } from "./report-draft";
import { reportConflictView, reportEntity, reportForChange } from "./round-records";
import { writableReportStatuses } from "./save-report-narrative";

export async function submitReport(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version } = parseInput(reportStepSchema, input);
  assertCanSomewhere(actor, "report.write");
  return db.transaction(async (tx) => {
    const { report, round } = await reportForChange(tx, id);
    assertCan(actor, "report.write", { countryCode: report.countryCode });
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (!writableReportStatuses.includes(report.status)) throw invalid({}, "rounds.rules.notSubmittable");
    const now = new Date();
    const snapshot = await draftFromPeriod(tx, report.countryCode, round, now);
    await tx
      .update(countryReports)
      .set({ status: "submitted", snapshot, submittedAt: now, submittedById: actor.userId, version: version + 1, updatedAt: now })
      .where(eq(countryReports.id, id));
    await recordAudit(tx, actor, {
      action: "report.submit",
      entityType: reportEntity,
      entityId: id,
      countryCode: report.countryCode,
      before: { status: report.status },
      after: { status: "submitted" },
    });
    return { id, countryCode: report.countryCode, version: version + 1 };
  });
}
