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
import { invalid, notFound } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse";

export async function changePassword(db: Database, actor: Actor, input: unknown): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound();
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalid({ currentPassword: "account.currentPasswordWrong" });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    const sessionVersion = await endSessions(tx, actor.userId);
    // The audit says that the password changed, never what it is.
    await recordAudit(tx, actor, { action: "user.changePassword", entityType: "user", entityId: actor.userId });
    return { sessionVersion };
  });
}
