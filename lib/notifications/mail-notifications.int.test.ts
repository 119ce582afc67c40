/**
 * Notification mails through a real SMTP server: an immediate notice goes out once, in its recipient's
 * language, with the link; a digest, a read notice or a deactivated recipient get none; a failed send is
 * tried again.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { Mail } from "@/lib/mail/mailer";
import { logMilestone } from "@/lib/progress/log-milestone";
import { decideReview } from "@/lib/review/decide-review";
import { createPerson, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";
import { startMailCatcher } from "@/lib/testing/mail";
import { mailNotifications } from "./mail-notifications";
import { setNotificationPreference } from "./set-notification-preference";

const database = useTestDatabase();
let member: Actor;
let colleague: Actor;
let reviewer: Actor;
const mail = madeBeforeAll(() => startMailCatcher());

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "BF", name: "Awa Ouédraogo" });
  colleague = await createPerson(database, { role: "working_group_member", countryCode: "BF" });
  reviewer = await createPerson(database, { role: "reviewer", name: "Rita Reviewer" });
  await database.db.update(users).set({ locale: "fr" }).where(eq(users.id, member.userId));
});
afterAll(() => mail.close());

describe("notification mails", () => {
  it("send an immediate notice once, in the recipient's language, and nothing for a digest", async () => {
    const step = await stepOf(database.db, "BF", "awareness");
    await setNotificationPreference(database.db, colleague, { kind: "review_decision", delivery: "digest" });
    const mine = await logMilestone(database.db, member, { countryStepId: step.id, title: "Atelier national", occurredOn: "2025-05-20", sharingLevel: "all" });
    const theirs = await logMilestone(database.db, colleague, { countryStepId: step.id, title: "Réunion", occurredOn: "2025-05-21", sharingLevel: "all" });
    for (const milestone of [mine, theirs]) {
      await decideReview(database.db, reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "changes_requested", reason: "Ajoutez la liste" });
    }
    expect(await mailNotifications(database.db, mail.mailer(), { origin: "http://socle.test" })).toBe(1);
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0]).toContain(`To: ${member.email}`);
    expect(mail.received[0]).toMatch(/Rita Reviewer a demandé des modifications/);
    expect(mail.received[0]).toContain(`http://socle.test/countries/BF/milestones/${mine.id}`);
    // Already mailed: the next round sends nothing.
    expect(await mailNotifications(database.db, mail.mailer(), { origin: "http://socle.test" })).toBe(0);
    expect(mail.received).toHaveLength(1);
  });

  it("give a notice back when the mail server refuses it, and send it on the next round", async () => {
    const step = await stepOf(database.db, "BF", "awareness");
    const milestone = await logMilestone(database.db, member, { countryStepId: step.id, title: "Forum", occurredOn: "2025-06-01", sharingLevel: "all" });
    await decideReview(database.db, reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "validated", reason: "" });
    const refusing = async (_mail: Mail) => {
      throw new Error("connection refused");
    };
    expect(await mailNotifications(database.db, refusing, { origin: "http://socle.test" })).toBe(0);
    const pending = await database.db.select({ mailedAt: notifications.mailedAt }).from(notifications).where(eq(notifications.userId, member.userId));
    expect(pending.filter((row) => row.mailedAt === null)).toHaveLength(1);
    expect(await mailNotifications(database.db, mail.mailer(), { origin: "http://socle.test" })).toBe(1);
    expect(mail.received.at(-1)).toMatch(/Rita Reviewer a validé/);
  });
});
