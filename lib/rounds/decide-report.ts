/**
 * A reviewer or coordinator decides on a submitted report: accepts it, which locks it and what it reports (the period
 * lock, decision 2010), or returns it with a reason for the working group to write it again. The group is told.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reportReasonSchema, reportStepSchema } from "@/lib/validation/rounds";
import { notifyReportDecision } from "./report-notices";
import { reportConflictView, reportEntity, reportForChange } from "./round-records";

type Decided = { id: string; countryCode: string; version: number };

export async function acceptReport(db: Database, actor: Actor, input: unknown): Promise<Decided> {
  const { id, version } = parseInput(reportStepSchema, input);
  return decideReport(db, actor, id, version, "accepted", null);
}

export async function returnReport(db: Database, actor: Actor, input: unknown): Promise<Decided> {
  const { id, version, reason } = parseInput(reportReasonSchema, input);
  return decideReport(db, actor, id, version, "returned", reason);
}

async function decideReport(db: Database, actor: Actor, id: string, version: number, decision: "accepted" | "returned", reason: string | null): Promise<Decided> {
  assertCan(actor, "report.review");
  return db.transaction(async (tx) => {
    const { report, round } = await reportForChange(tx, id);
    assertCan(actor, "report.review", { countryCode: report.countryCode });
    if (report.version !== version) throw conflict(reportConflictView(report));
    if (report.status !== "submitted") throw invalid({}, "rounds.rules.notSubmitted");
    const now = new Date();
    await tx
      .update(countryReports)
      .set({ status: decision, returnReason: reason, decidedAt: now, decidedById: actor.userId, version: version + 1, updatedAt: now })
      .where(eq(countryReports.id, id));
    await recordAudit(tx, actor, {
      action: decision === "accepted" ? "report.accept" : "report.return",
      entityType: reportEntity,
      entityId: id,
      countryCode: report.countryCode,
      before: { status: "submitted" },
      after: reason === null ? { status: decision } : { status: decision, reason },
    });
    await notifyReportDecision(tx, actor, round, report, decision, reason ?? "");
    return { id, countryCode: report.countryCode, version: version + 1 };
  });
}
