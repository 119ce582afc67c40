/**
 * A signed-in user changes their own password, proving they know the current one. Every session of theirs
 * ends; the caller keeps the one that made the change going with the new session version it gets back.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { endSessions } from "@/lib/auth/sessions";
import { rateLimitedMessage, recordSignInAttempt, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { AppError, invalid, notFound } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse";

/** `address` is where the request came from (lib/auth/client-address.ts), for the guessing limits. */
export async function changePassword(db: Database, actor: Actor, input: unknown, { address }: { address: string }): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  // A stolen session must not become a way to guess the password faster than sign-in allows.
  const wait = await signInWaitSeconds(db, actor.email, address);
  if (wait > 0) throw new AppError("RATE_LIMITED", rateLimitedMessage(wait));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound();
  const valid = user.passwordHash ? await verifyPassword(user.passwordHash, currentPassword) : false;
  await recordSignInAttempt(db, actor.email, address, valid);
  if (!valid) throw invalid({ currentPassword: "account.currentPasswordWrong" });
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    const sessionVersion = await endSessions(tx, actor.userId);
    // The audit says that the password changed, never what it is.
    await recordAudit(tx, actor, { action: "user.changePassword", entityType: "user", entityId: actor.userId });
    return { sessionVersion };
  });
}
