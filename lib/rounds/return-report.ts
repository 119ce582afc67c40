/** A reviewer or coordinator returns a submitted report with a reason; the working group is told, and writes it again. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reportReasonSchema } from "@/lib/validation/rounds";
import { notifyReportDecision } from "./report-notices";
import { reportConflictView, reportEntity, reportForChange } from "./round-records";

export async function returnReport(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, reason } = parseInput(reportReasonSchema, input);
  assertCan(actor, "report.review");
  return db.transaction(async (tx) => {
    const { report, round } = await reportForChange(tx, id);
    assertCan(actor, "report.review", { countryCode: report.countryCode });
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (report.status !== "submitted") throw invalid({}, "rounds.rules.notSubmitted");
    const now = new Date();
    await tx
      .update(countryReports)
      .set({ status: "returned", returnReason: reason, decidedAt: now, decidedById: actor.userId, version: version + 1, updatedAt: now })
      .where(eq(countryReports.id, id));
    await recordAudit(tx, actor, {
      action: "report.return",
      entityType: reportEntity,
      entityId: id,
      countryCode: report.countryCode,
      before: { status: "submitted" },
      after: { status: "returned", reason },
    });
    await notifyReportDecision(tx, actor, round, report, "returned", reason);
    return { id, countryCode: report.countryCode, version: version + 1 };
  });
}
