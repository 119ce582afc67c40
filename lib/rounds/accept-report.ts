/**
 * A reviewer or coordinator accepts a submitted report: it is locked, and so is what it reports (the period lock,
 * decision 2010). The working group is told.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reportStepSchema } from "@/lib/validation/rounds";
import { notifyReportDecision } from "./report-notices";
import { reportConflictView, reportEntity, reportForChange } from "./round-records";

export async function acceptReport(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version } = parseInput(reportStepSchema, input);
  assertCan(actor, "report.review");
  return db.transaction(async (tx) => {
    const { report, round } = await reportForChange(tx, id);
    assertCan(actor, "report.review", { countryCode: report.countryCode });
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (report.status !== "submitted") throw invalid({}, "rounds.rules.notSubmitted");
    const now = new Date();
    await tx
      .update(countryReports)
      .set({ status: "accepted", returnReason: null, decidedAt: now, decidedById: actor.userId, version: version + 1, updatedAt: now })
      .where(eq(countryReports.id, id));
    await recordAudit(tx, actor, {
      action: "report.accept",
      entityType: reportEntity,
      entityId: id,
      countryCode: report.countryCode,
      before: { status: "submitted" },
      after: { status: "accepted" },
    });
    await notifyReportDecision(tx, actor, round, report, "accepted");
    return { id, countryCode: report.countryCode, version: version + 1 };
  });
}
