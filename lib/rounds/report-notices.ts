/** The notice a report's decision sends to its country's working group, and the page it opens. */
import type { Transaction } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { countryReportPath as reportPagePath, noticeOfReportDecision } from "@/lib/notifications/report-notices";
import type { ReportRow, RoundRow } from "./round-records";

/** Where a country's report for a round is read and written: the one path the reminders' notices open too. */
export function countryReportPath(countryCode: string, roundId: string): string {
  return reportPagePath({ countryCode, roundId });
}

/** Notifies the country's working group (kind `report_decision`) that its report was accepted or returned, with the reason. */
export async function notifyReportDecision(tx: Transaction, actor: Actor, round: RoundRow, report: ReportRow, decision: "accepted" | "returned", reason = ""): Promise<number> {
  const about = { roundId: round.id, roundName: round.name, countryCode: report.countryCode };
  return noticeOfReportDecision(tx, actor, decision === "returned" ? { ...about, decision, reason } : { ...about, decision });
}
