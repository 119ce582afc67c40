/** The holder of a password-reset link sets a new password; the link works once, until it expires. */
import { eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { passwordResets, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/passwords";
import { hashSecretToken, oneTimeLinkState } from "@/lib/auth/secret-token";
import { endSessions } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { resetPasswordSchema } from "@/lib/validation/users";

/** The link's reset and its person, or the refusal the page shows; with `lock`, the reset row is held for the change. */
async function validReset(db: Queryable, token: string, { lock }: { lock: boolean }) {
  const query = db
    .select({ id: passwordResets.id, userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt, revokedAt: passwordResets.revokedAt })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, hashSecretToken(token)));
  const [reset] = lock ? await query.for("update") : await query;
  if (!reset) throw new AppError("INVALID", "passwordResetPage.unknownTitle");
  const state = oneTimeLinkState(reset);
  if (state !== "valid") throw new AppError("INVALID", `passwordResetPage.${state}Title`);
  const [user] = await db.select({ email: users.email, active: users.active }).from(users).where(eq(users.id, reset.userId));
  if (!user?.active) throw new AppError("INVALID", "passwordResetPage.unknownTitle");
  return { reset, user };
}

export async function resetPassword(db: Database, input: unknown): Promise<{ email: string }> {
  const { token, newPassword } = parseInput(resetPasswordSchema, input);
  // The token first: a made-up or spent link costs a lookup, not an argon2 hash. Checked again under the lock.
  await validReset(db, token, { lock: false });
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const { reset, user } = await validReset(tx, token, { lock: true });
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, reset.userId));
    await endSessions(tx, reset.userId); // whoever held a session before the reset holds it no longer
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.id, reset.id));
    await recordAudit(tx, { userId: reset.userId }, { action: "user.resetPassword", entityType: "user", entityId: reset.userId });
    return { email: user.email };
  });
}
