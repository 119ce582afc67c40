/**
 * A coordinator resets someone's second factor (a lost phone, no recovery codes left): the factor and its recovery
 * codes go, every session of the person ends, the change is in the audit log and the person's history, and the
 * person is told by mail when Socle has a mail server. They sign in with their password and may set one up again.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { recoveryCodes, secondFactors, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { endSessions } from "@/lib/auth/sessions";
import { AppError, notFound } from "@/lib/errors";
import { secondFactorResetMail } from "@/lib/mail/account-mails";
import type { Mailer } from "@/lib/mail/mailer";
import { assertCan } from "@/lib/permissions";
import { resetSecondFactorSchema } from "@/lib/validation/second-factor";
import { parseInput } from "@/lib/validation/parse";

export type SecondFactorResetResult = { email: string; mailed: boolean };

export async function resetSecondFactor(db: Database, actor: Actor, input: unknown, options: { mailer: Mailer | null }): Promise<SecondFactorResetResult> {
  const { userId } = parseInput(resetSecondFactorSchema, input);
  assertCan(actor, "secondFactor.reset");
  const person = await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw notFound();
    const removed = await tx.delete(secondFactors).where(eq(secondFactors.userId, userId)).returning({ confirmedAt: secondFactors.confirmedAt });
    if (removed.length === 0) throw new AppError("INVALID", "secondFactor.nothingToReset");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    const sessionVersion = await endSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: "secondFactor.reset",
      entityType: "user",
      entityId: userId,
      before: { secondFactor: removed[0]?.confirmedAt ? "on" : "pending" },
      after: { secondFactor: "off", sessionVersion },
    });
    return user;
  });
  if (!options.mailer) return { email: person.email, mailed: false };
  try {
    await options.mailer(secondFactorResetMail({ to: person.email, locale: person.locale ?? "en", by: actor.name }));
    return { email: person.email, mailed: true };
  } catch (error) {
    // The reset stands; the coordinator is told the mail did not go, to tell the person another way.
    console.error("Socle could not send a mail:", error instanceof Error ? error.message : error);
    return { email: person.email, mailed: false };
  }
}
