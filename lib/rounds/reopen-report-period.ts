/**
 * A coordinator reopens an accepted report's period, with a reason kept in the report's history: its records can be
 * corrected again, and the report is written and submitted anew.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reportReasonSchema } from "@/lib/validation/rounds";
import { reportConflictView, reportEntity, reportForChange } from "./round-records";

export async function reopenReportPeriod(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, reason } = parseInput(reportReasonSchema, input);
  assertCan(actor, "period.reopen");
  return db.transaction(async (tx) => {
    const { report } = await reportForChange(tx, id);
    assertCan(actor, "period.reopen", { countryCode: report.countryCode });
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (report.status !== "accepted") throw invalid({}, "rounds.rules.notAccepted");
    const now = new Date();
    await tx
      .update(countryReports)
      .set({ status: "reopened", reopenReason: reason, reopenedAt: now, reopenedById: actor.userId, version: version + 1, updatedAt: now })
      .where(eq(countryReports.id, id));
    await recordAudit(tx, actor, {
      action: "report.reopen",
      entityType: reportEntity,
      entityId: id,
      countryCode: report.countryCode,
      before: { status: "accepted" },
      after: { status: "reopened", reason },
    });
    return { id, countryCode: report.countryCode, version: version + 1 };
  });
}
