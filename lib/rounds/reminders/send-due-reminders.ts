/**
 * Reminds each country's working group of a report not yet submitted (none, a draft, returned or reopened): a set
 * number of days before a live round's due date, and once it has passed. Each reminder is claimed by inserting its
 * row of `report_reminders` (round, country, kind) in the transaction that writes its notices and its audit entry,
 * so it goes out exactly once whichever instance's scheduler runs it, however often, and after a restart (decision 2020).
 */
import "server-only";
import { and, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports, reportingRoundCountries, reportingRounds, reportReminders } from "@/db/schema";
import type { ReportReminderKind } from "@/db/schema/values";
import { recordAudit } from "@/lib/audit";
import { noticeOfReportReminder } from "@/lib/notifications/report-notices";

/** A report waiting for its working group: nothing submitted yet, or back in its hands. */
const awaitingStatuses = ["draft", "returned", "reopened"] as const;

export type SentReminder = { roundId: string; countryCode: string; kind: ReportReminderKind; recipients: number };

/** The day reminders are judged by: the UTC date of `now`, as due dates are calendar days without a time zone. */
export const reminderDay = (now: Date) => now.toISOString().slice(0, 10);

/** Sends what is due on `now`'s day and was not sent yet; returns what this call sent. */
export async function sendDueReminders(db: Database, options: { now?: Date } = {}): Promise<SentReminder[]> {
  const today = reminderDay(options.now ?? new Date());
  const day = sql`${today}::date`;
  const kind = sql<ReportReminderKind>`(case when ${day} > ${reportingRounds.dueOn} then 'overdue' else 'before_due' end)::report_reminder_kind`;
  const due = await db
    .select({
      roundId: reportingRounds.id,
      roundName: reportingRounds.name,
      dueOn: reportingRounds.dueOn,
      countryCode: reportingRoundCountries.countryCode,
      kind: kind.as("kind"),
    })
    .from(reportingRounds)
    .innerJoin(reportingRoundCountries, eq(reportingRoundCountries.roundId, reportingRounds.id))
    .leftJoin(countryReports, and(eq(countryReports.roundId, reportingRounds.id), eq(countryReports.countryCode, reportingRoundCountries.countryCode)))
    .where(
      and(
        isNull(reportingRounds.deletedAt),
        sql`${day} >= ${reportingRounds.dueOn} - ${reportingRounds.reminderDaysBefore}`,
        or(isNull(countryReports.id), inArray(countryReports.status, [...awaitingStatuses])),
        // Only saves the claims' work: the claim below is what decides.
        notExists(
          db
            .select({ one: sql`1` })
            .from(reportReminders)
            .where(and(eq(reportReminders.roundId, reportingRounds.id), eq(reportReminders.countryCode, reportingRoundCountries.countryCode), sql`${reportReminders.kind} = ${kind}`)),
        ),
      ),
    )
    .orderBy(reportingRounds.dueOn, reportingRoundCountries.countryCode);

  const sent: SentReminder[] = [];
  // One transaction per reminder: a short lock on one key, and one failure does not hold back the others.
  for (const reminder of due) {
    const recipients = await db.transaction(async (tx) => {
      // Submitted since the list was read: no reminder, and none claimed.
      const [report] = await tx
        .select({ status: countryReports.status })
        .from(countryReports)
        .where(and(eq(countryReports.roundId, reminder.roundId), eq(countryReports.countryCode, reminder.countryCode)));
      if (report && !(awaitingStatuses as readonly string[]).includes(report.status)) return null;
      const [claimed] = await tx
        .insert(reportReminders)
        .values({ roundId: reminder.roundId, countryCode: reminder.countryCode, kind: reminder.kind, recipients: 0 })
        .onConflictDoNothing()
        .returning({ roundId: reportReminders.roundId });
      // Another instance claimed it first (PostgreSQL made this insert wait for its commit), or an earlier run did.
      if (!claimed) return null;
      const count = await noticeOfReportReminder(tx, reminder);
      await tx
        .update(reportReminders)
        .set({ recipients: count })
        .where(and(eq(reportReminders.roundId, reminder.roundId), eq(reportReminders.countryCode, reminder.countryCode), eq(reportReminders.kind, reminder.kind)));
      await recordAudit(tx, null, {
        action: "report.remind",
        entityType: "reporting_round",
        entityId: reminder.roundId,
        countryCode: reminder.countryCode,
        after: { kind: reminder.kind, dueOn: reminder.dueOn, recipients: count },
      });
      return count;
    });
    if (recipients !== null) sent.push({ roundId: reminder.roundId, countryCode: reminder.countryCode, kind: reminder.kind, recipients });
  }
  return sent;
}
