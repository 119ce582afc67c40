/** Who was reminded of a round's reports, and when: each reminder sent, with the people its notices went to (round.manage). */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, type LocalizedText, notifications, reportingRounds, reportReminders, users } from "@/db/schema";
import type { ReportReminderKind } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { countryReportPath } from "@/lib/notifications/report-notices";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";

export type ReminderSent = {
  countryCode: string;
  countryName: LocalizedText;
  kind: ReportReminderKind;
  sentAt: Date;
  /** How many of the working group it was written for (those who turned reminders off are not counted). */
  recipients: number;
  /** Who got it, by name, while their notices are kept (a person's notices go with their account). */
  people: { userId: string; name: string }[];
};

/** Newest first; a withdrawn round's reminders too, as its page still shows them. */
export async function listReminders(db: Queryable, actor: Actor, roundId: unknown): Promise<ReminderSent[]> {
  assertCan(actor, "round.manage");
  if (typeof roundId !== "string" || !isRecordId(roundId)) throw notFound();
  const [round] = await db.select({ id: reportingRounds.id }).from(reportingRounds).where(eq(reportingRounds.id, roundId));
  if (!round) throw notFound();
  const sent = await db
    .select({
      countryCode: reportReminders.countryCode,
      countryName: countries.name,
      kind: reportReminders.kind,
      sentAt: reportReminders.sentAt,
      recipients: reportReminders.recipients,
    })
    .from(reportReminders)
    .innerJoin(countries, eq(countries.code, reportReminders.countryCode))
    .where(eq(reportReminders.roundId, roundId))
    .orderBy(desc(reportReminders.sentAt), asc(reportReminders.countryCode), asc(reportReminders.kind));
  if (sent.length === 0) return [];
  const paths = [...new Set(sent.map((reminder) => countryReportPath({ roundId, countryCode: reminder.countryCode })))];
  // The notices of this round's reminders are those opening its country reports' pages.
  const notified = await db
    .select({ link: notifications.link, reminder: sql<string>`${notifications.params}->>'reminder'`, userId: users.id, name: users.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.kind, "report_reminder"), inArray(notifications.link, paths)))
    .orderBy(asc(users.name));
  return sent.map((reminder) => ({
    ...reminder,
    people: notified
      .filter((notice) => notice.link === countryReportPath({ roundId, countryCode: reminder.countryCode }) && notice.reminder === reminder.kind)
      .map(({ userId, name }) => ({ userId, name })),
  }));
}
