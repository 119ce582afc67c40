/**
 * Exactly once across instances (decision 2020): two scheduler processes on one PostgreSQL database send the same
 * due reminders at the same moment; each reminder goes out once, each member gets one notice of it. PGlite is
 * opened by one process only, so this runs only with DATABASE_URL.
 */
import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, notifications, reportReminders } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { startWorkerProcess } from "@/lib/testing/worker-process";
import type { SentReminder } from "./send-due-reminders";
import { insertRound } from "./test-rounds";

const database = useTestDatabase();
const countryCodes = ["BJ", "TG", "BF", "MZ", "RW", "SV", "HT", "NP", "TH", "VN"];

const startScheduler = (url: string, instant: string) => startWorkerProcess<SentReminder[]>("lib/testing/reminder-scheduler-process.ts", [url, instant]);

describe.skipIf(!process.env.DATABASE_URL)("two scheduler processes on one PostgreSQL database (only with DATABASE_URL: PGlite is one process per data folder)", () => {
  it("send each due reminder once between them, and each member one notice", { timeout: 60_000 }, async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    const members: Actor[] = [];
    for (const countryCode of countryCodes) {
      members.push(await createPerson(database, { role: "working_group_member", countryCode }));
      members.push(await createPerson(database, { role: "working_group_member", countryCode }));
    }
    const roundId = await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes });
    const instant = "2026-12-15T09:00:00Z";
    const schedulers = await Promise.all([startScheduler(database.url!, instant), startScheduler(database.url!, instant)]);
    for (const scheduler of schedulers) scheduler.go();
    const [first, second] = await Promise.all(schedulers.map((scheduler) => scheduler.result));

    // Between them, every country once; which process sent which depends on who claimed first.
    expect([...first!, ...second!].map((reminder) => reminder.countryCode).sort()).toEqual([...countryCodes].sort());
    const [reminders] = await database.db.select({ n: count() }).from(reportReminders).where(eq(reportReminders.roundId, roundId));
    expect(reminders!.n).toBe(countryCodes.length);
    const notices = await database.db
      .select({ userId: notifications.userId, n: count() })
      .from(notifications)
      .where(and(eq(notifications.kind, "report_reminder"), inArray(notifications.userId, members.map((member) => member.userId))))
      .groupBy(notifications.userId);
    expect(notices).toHaveLength(members.length);
    expect(notices.every((row) => row.n === 1)).toBe(true);
    const [audited] = await database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, "report.remind"), eq(auditLog.entityId, roundId)));
    expect(audited!.n).toBe(countryCodes.length);
  });
});
