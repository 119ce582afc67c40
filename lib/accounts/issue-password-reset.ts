/** A coordinator issues a one-time link with which a user sets a new password; it is mailed or shown. */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { passwordResets, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { newSecretToken } from "@/lib/auth/secret-token";
import { AppError, notFound } from "@/lib/errors";
import { chooseLocale } from "@/lib/i18n/locales";
import { passwordResetMail } from "@/lib/mail/account-mails";
import { deliverLink, type LinkDelivery } from "@/lib/mail/deliver-link";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { userIdSchema } from "@/lib/validation/users";
import { linkTo, passwordResetLifetimeMs } from "./account-records";
import type { LinkOptions } from "./invite-user";

export type PasswordResetIssued = { email: string; expiresAt: Date } & LinkDelivery;

export async function issuePasswordReset(db: Database, actor: Actor, input: unknown, options: LinkOptions): Promise<PasswordResetIssued> {
  const { userId } = parseInput(userIdSchema, input);
  assertCan(actor, "user.manage");
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(Date.now() + passwordResetLifetimeMs);

  const user = await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, active: users.active, locale: users.locale }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound();
    if (!user.active) throw new AppError("INVALID", "adminUsers.resetNeedsActive");
    // Only the newest link works.
    await tx
      .update(passwordResets)
      .set({ revokedAt: new Date() })
      .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt), isNull(passwordResets.revokedAt)));
    await tx.insert(passwordResets).values({ userId, tokenHash: hash, issuedById: actor.userId, expiresAt });
    await recordAudit(tx, actor, { action: "user.issuePasswordReset", entityType: "user", entityId: userId });
    return user;
  });

  const link = linkTo(options.origin, `/password-reset/${token}`);
  const mail = passwordResetMail({ to: user.email, locale: chooseLocale(user.locale, undefined, null), link, expiresAt });
  return { email: user.email, expiresAt, ...(await deliverLink(options.mailer, link, mail)) };
}
