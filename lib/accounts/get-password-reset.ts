/** What a password-reset link stands for, for the page its holder opens; the token is the only key. */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { passwordResets, users } from "@/db/schema";
import { hashSecretToken, oneTimeLinkState, type OneTimeLinkState } from "@/lib/auth/secret-token";
import { linkTokenSchema } from "@/lib/validation/users";

export type PasswordResetView = { state: "valid"; email: string; expiresAt: Date } | { state: Exclude<OneTimeLinkState, "valid"> | "unknown" };

export async function getPasswordReset(db: Queryable, token: unknown): Promise<PasswordResetView> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return { state: "unknown" };
  const [reset] = await db
    .select({ expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt, revokedAt: passwordResets.revokedAt, email: users.email })
    .from(passwordResets)
    .innerJoin(users, and(eq(users.id, passwordResets.userId), eq(users.active, true)))
    .where(eq(passwordResets.tokenHash, hashSecretToken(parsed.data)));
  if (!reset) return { state: "unknown" };
  const state = oneTimeLinkState(reset);
  return state === "valid" ? { state, email: reset.email, expiresAt: reset.expiresAt } : { state };
}
