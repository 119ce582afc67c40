/**
 * Report reminders (decision 2020): a set number of days before the due date and once it has passed, to the working
 * group of each country that has not submitted, in the bell and by mail in each person's language, exactly once.
 */
import { and, count, eq, isNull } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, reportReminders, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { notificationViews } from "@/lib/notifications/list-notifications";
import { mailNotifications } from "@/lib/notifications/mail-notifications";
import { notificationSentence } from "@/lib/notifications/notification-sentence";
import { setNotificationPreference } from "@/lib/notifications/set-notification-preference";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";
import { startMailCatcher } from "@/lib/testing/mail";
import { listReminders } from "./list-reminders";
import { sendDueReminders } from "./send-due-reminders";
import { insertReport, insertRound, withdrawAllRounds } from "./test-rounds";

const database = useTestDatabase();
const mail = madeBeforeAll(() => startMailCatcher());
let coordinator: Actor;
let adjoa: Actor;
let codjo: Actor;
let togo: Actor;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  adjoa = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  codjo = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Codjo Houngbo" });
  togo = await createPerson(database, { role: "working_group_member", countryCode: "TG", name: "Kossi Agbeko" });
  const gone = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Former Member" });
  await database.db.update(users).set({ locale: "fr" }).where(eq(users.id, adjoa.userId));
  await database.db.update(users).set({ active: false }).where(eq(users.id, gone.userId));
});
afterEach(() => withdrawAllRounds(database.db));
afterAll(() => mail.close());

const at = (instant: string) => ({ now: new Date(instant) });
const sentOf = (sent: Awaited<ReturnType<typeof sendDueReminders>>) => sent.map(({ countryCode, kind, recipients }) => `${countryCode} ${kind} ${recipients}`).sort();
const noticesOf = async (person: Actor) => notificationViews(database.db, and(eq(notifications.userId, person.userId), eq(notifications.kind, "report_reminder")), 100);

describe("report reminders", () => {
  it("go out from the day the window opens to the due day, once, to the active members of the working group", async () => {
    const roundId = await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ"] });
    expect(await sendDueReminders(database.db, at("2026-12-12T23:59:59Z"))).toEqual([]);
    expect(await sendDueReminders(database.db, at("2026-12-13T00:00:00Z"))).toEqual([{ roundId, countryCode: "BJ", kind: "before_due", recipients: 2 }]);
    expect(await sendDueReminders(database.db, at("2026-12-20T23:59:59Z"))).toEqual([]);
    expect(await noticesOf(adjoa)).toHaveLength(1);
    expect(await noticesOf(codjo)).toHaveLength(1);
  });

  it("with no days before, go out on the due day only; the day after, the overdue reminder follows", async () => {
    await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 0, countryCodes: ["TG"] });
    expect(await sendDueReminders(database.db, at("2026-12-19T23:59:59Z"))).toEqual([]);
    expect(sentOf(await sendDueReminders(database.db, at("2026-12-20T00:00:00Z")))).toEqual(["TG before_due 1"]);
    expect(sentOf(await sendDueReminders(database.db, at("2026-12-21T00:00:00Z")))).toEqual(["TG overdue 1"]);
    expect(await sendDueReminders(database.db, at("2026-12-22T08:00:00Z"))).toEqual([]);
    expect((await noticesOf(togo)).map((notice) => notice.params.reminder)).toEqual(["overdue", "before_due"]);
  });

  it("once the due date has passed, send the overdue reminder alone, even when the window was missed (a server down all week)", async () => {
    await insertRound(database.db, coordinator, { dueOn: "2026-11-30", reminderDaysBefore: 7, countryCodes: ["BJ", "TG"] });
    expect(sentOf(await sendDueReminders(database.db, at("2026-12-01T00:00:00Z")))).toEqual(["BJ overdue 2", "TG overdue 1"]);
  });

  it("skip a country whose report is submitted or accepted, and remind those with none, a draft, a returned or a reopened one", async () => {
    const roundId = await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ", "TG", "BF", "MZ", "RW", "HT"] });
    await insertReport(database.db, adjoa, roundId, "BJ", "submitted");
    await insertReport(database.db, togo, roundId, "MZ", "accepted");
    await insertReport(database.db, togo, roundId, "TG", "draft");
    await insertReport(database.db, togo, roundId, "BF", "returned");
    await insertReport(database.db, togo, roundId, "RW", "reopened");
    const sent = await sendDueReminders(database.db, at("2026-12-15T09:00:00Z"));
    expect(sent.map((reminder) => reminder.countryCode).sort()).toEqual(["BF", "HT", "RW", "TG"]);
    // A country without an active member is reminded all the same: the round's page says no one got it.
    expect(sent.find((reminder) => reminder.countryCode === "HT")?.recipients).toBe(0);
  });

  it("remind no one of a withdrawn round", async () => {
    await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ"], withdrawn: true });
    expect(await sendDueReminders(database.db, at("2026-12-25T09:00:00Z"))).toEqual([]);
  });

  it("send nothing on a second run, nor when two runs go at once, and write one audit entry by Socle per reminder", async () => {
    const roundId = await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ", "TG"] });
    const [first, second] = await Promise.all([sendDueReminders(database.db, at("2026-12-14T09:00:00Z")), sendDueReminders(database.db, at("2026-12-14T09:00:00Z"))]);
    expect(sentOf([...first!, ...second!])).toEqual(["BJ before_due 2", "TG before_due 1"]);
    expect(await sendDueReminders(database.db, at("2026-12-14T09:05:00Z"))).toEqual([]);
    const [rows] = await database.db.select({ n: count() }).from(reportReminders).where(eq(reportReminders.roundId, roundId));
    expect(rows!.n).toBe(2);
    const audit = await database.db
      .select({ actorId: auditLog.actorId, countryCode: auditLog.countryCode, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, "report.remind"), eq(auditLog.entityId, roundId)));
    expect(audit.map((entry) => [entry.actorId, entry.countryCode, entry.after?.kind]).sort()).toEqual([
      [null, "BJ", "before_due"],
      [null, "TG", "before_due"],
    ]);
    const notices = await database.db
      .select({ userId: notifications.userId, n: count() })
      .from(notifications)
      .where(and(eq(notifications.kind, "report_reminder"), eq(notifications.link, `/countries/BJ/reports/${roundId}`), isNull(notifications.actorId)))
      .groupBy(notifications.userId);
    expect(notices.map((row) => row.n)).toEqual([1, 1]);
  });

  it("skip a member who turned reminders off, and count only those written to", async () => {
    await setNotificationPreference(database.db, codjo, { kind: "report_reminder", delivery: "off" });
    try {
      await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ"] });
      expect(sentOf(await sendDueReminders(database.db, at("2026-12-16T09:00:00Z")))).toEqual(["BJ before_due 1"]);
    } finally {
      await setNotificationPreference(database.db, codjo, { kind: "report_reminder", delivery: "immediate" });
    }
  });
});

describe("a reminder's words", () => {
  const french = createTranslator({ locale: "fr", messages: fr, namespace: "notifications" });
  const english = createTranslator({ locale: "en", messages: en, namespace: "notifications" });

  it("name the report and the due date in the reader's language, in the bell and in one mail each", async () => {
    const roundId = await insertRound(database.db, coordinator, { name: "Rapport semestriel 2026", dueOn: "2026-12-20", reminderDaysBefore: 10, countryCodes: ["BJ"] });
    await sendDueReminders(database.db, at("2026-12-10T09:00:00Z"));
    await sendDueReminders(database.db, at("2026-12-21T09:00:00Z"));
    const [overdue, due] = (await noticesOf(adjoa)).filter((notice) => notice.link === `/countries/BJ/reports/${roundId}`);
    expect(notificationSentence(french, "fr", due!)).toBe("Votre rapport « Rapport semestriel 2026 » (Bénin) est attendu le 20 décembre 2026");
    expect(notificationSentence(french, "fr", overdue!)).toBe("Votre rapport « Rapport semestriel 2026 » (Bénin) est en retard : il était attendu le 20 décembre 2026");
    expect(notificationSentence(english, "en", due!)).toBe("Your report “Rapport semestriel 2026” (Benin) is due on December 20, 2026");

    // The notification mailer sends each notice once (notices of the last day: written now, whatever `now` said).
    mail.received.length = 0;
    expect(await mailNotifications(database.db, mail.mailer(), { origin: "http://socle.test" })).toBeGreaterThanOrEqual(4);
    const toAdjoa = mail.received.filter((message) => message.includes(`To: ${adjoa.email}`) && message.includes("Rapport semestriel 2026"));
    expect(toAdjoa.map((message) => /est en retard/.test(message) ? "overdue" : /est attendu le 20 décembre 2026/.test(message) ? "before_due" : "?").sort()).toEqual(["before_due", "overdue"]);
    expect(toAdjoa[0]).toContain(`http://socle.test/countries/BJ/reports/${roundId}`);
    expect(mail.received.filter((message) => message.includes(`To: ${codjo.email}`) && message.includes("“Rapport semestriel 2026” (Benin) is due on December 20, 2026"))).toHaveLength(1);
    expect(await mailNotifications(database.db, mail.mailer(), { origin: "http://socle.test" })).toBe(0);
  });

  it("of a decision say accepted, or returned with the reason", () => {
    const view = (params: Record<string, string>) => ({
      id: "x",
      kind: "report_decision" as const,
      link: "/",
      params: { round: "Rapport 2026", ...params },
      actorName: "Rita",
      countryName: { en: "Benin", fr: "Bénin" },
      stepTitle: null,
      readAt: null,
      createdAt: new Date(),
    });
    expect(notificationSentence(french, "fr", view({ decision: "accepted" }))).toBe("Votre rapport « Rapport 2026 » (Bénin) a été accepté");
    expect(notificationSentence(french, "fr", view({ decision: "returned", reason: "Ajoutez les chiffres" }))).toBe("Votre rapport « Rapport 2026 » (Bénin) a été renvoyé : Ajoutez les chiffres");
  });
});

describe("who was reminded when", () => {
  it("is listed for the coordinator with the people each reminder went to, and refused to others", async () => {
    const roundId = await insertRound(database.db, coordinator, { dueOn: "2026-12-20", reminderDaysBefore: 7, countryCodes: ["BJ", "TG"] });
    await sendDueReminders(database.db, at("2026-12-18T09:00:00Z"));
    const listed = (await listReminders(database.db, coordinator, roundId)).sort((a, b) => a.countryCode.localeCompare(b.countryCode));
    expect(listed.map((reminder) => [reminder.countryCode, reminder.kind, reminder.recipients, reminder.people.map((person) => person.name)])).toEqual([
      ["BJ", "before_due", 2, ["Adjoa Mensah", "Codjo Houngbo"]],
      ["TG", "before_due", 1, ["Kossi Agbeko"]],
    ]);
    expect(listed[0]!.countryName.en).toBe("Benin");
    expect(listed[0]!.sentAt).toBeInstanceOf(Date);
    await expect(listReminders(database.db, adjoa, roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReminders(database.db, coordinator, "not-a-round")).rejects.toBeInstanceOf(AppError);
    await expect(listReminders(database.db, coordinator, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
