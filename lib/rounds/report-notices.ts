/** The notice a report's decision sends to its country's working group, and the page it opens. */
import type { Transaction } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { notify, workingGroupOf } from "@/lib/notifications/notify";
import type { ReportRow, RoundRow } from "./round-records";

/** Where a country's report for a round is read and written (the screens' route). */
export function countryReportPath(countryCode: string, roundId: string): string {
  return `/countries/${countryCode}/rounds/${roundId}`;
}

/** Notifies the country's working group (kind `report_decision`) that its report was accepted or returned, with the reason. */
export async function notifyReportDecision(tx: Transaction, actor: Actor, round: RoundRow, report: ReportRow, decision: "accepted" | "returned", reason = ""): Promise<number> {
  return notify(tx, actor, {
    kind: "report_decision",
    recipientIds: await workingGroupOf(tx, report.countryCode),
    countryCode: report.countryCode,
    link: countryReportPath(report.countryCode, round.id),
    params: { round: round.name, decision, reason },
  });
}
