/**
 * Notices about a country's report for a reporting round, to the country's working group: a reminder that it is due
 * or overdue (written by Socle itself), and a reviewer's decision on it. The params here are what the sentence reads.
 */
import type { Transaction } from "@/db/engine";
import type { ReportReminderKind } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { notify, workingGroupOf } from "./notify";

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

type Report = { roundId: string; roundName: string; countryCode: string };

/** The page of the country's report for a round: the reminder and the decision open it. */
export const countryReportPath = (report: Pick<Report, "roundId" | "countryCode">) => `/countries/${report.countryCode}/reports/${report.roundId}`;

/** Returns how many people it was written for (those who turned the kind off are not counted). */
export async function noticeOfReportReminder(tx: Transaction, report: Report & { kind: ReportReminderKind; dueOn: string }): Promise<number> {
  return notify(tx, null, {
    kind: "report_reminder",
    recipientIds: await workingGroupOf(tx, report.countryCode),
    countryCode: report.countryCode,
    link: countryReportPath(report),
    params: { round: report.roundName, reminder: report.kind, dueOn: report.dueOn },
  });
}

/** A reviewer accepted the report, or returned it with a reason. */
export async function noticeOfReportDecision(
  tx: Transaction,
  actor: Actor,
  report: Report & ({ decision: "accepted" } | { decision: "returned"; reason: string }),
): Promise<number> {
  return notify(tx, actor, {
    kind: "report_decision",
    recipientIds: await workingGroupOf(tx, report.countryCode),
    countryCode: report.countryCode,
    link: countryReportPath(report),
    params: { round: report.roundName, decision: report.decision, reason: report.decision === "returned" ? excerpt(report.reason) : "" },
  });
}
