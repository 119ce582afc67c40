/**
 * A coordinator deactivates a user: their sessions end (the actor is loaded fresh each time, and the session
 * version moves on), their API tokens are revoked and their open password-reset links withdrawn. Nobody deactivates
 * themselves, so a coordinator always remains.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { apiTokens, passwordResets } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { endSessions } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { userChangeSchema } from "@/lib/validation/users";
import { bumpUserVersion, lockUserAtVersion } from "./account-records";

export async function deactivateUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, version } = parseInput(userChangeSchema, input);
  assertCan(actor, "user.manage");
  if (userId === actor.userId) throw new AppError("INVALID", "adminUsers.cannotDeactivateSelf");
  await db.transaction(async (tx) => {
    const user = await lockUserAtVersion(tx, userId, version);
    if (!user.active) return; // already done: nothing to change or record
    const now = new Date();
    await bumpUserVersion(tx, userId, { active: false, deactivatedAt: now });
    await endSessions(tx, userId); // so reactivating the account does not bring old sessions back
    // Revoked rather than merely suspended: reactivating an account must not bring old credentials back.
    const tokens = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await tx
      .update(passwordResets)
      .set({ revokedAt: now })
      .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt), isNull(passwordResets.revokedAt)));
    await recordAudit(tx, actor, {
      action: "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: { active: true },
      after: { active: false, apiTokensRevoked: tokens.length },
    });
  });
}
