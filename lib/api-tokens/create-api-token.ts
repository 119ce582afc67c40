/** A user creates a personal API token for scripts and other systems; the token is shown once and stored hashed. */
import type { Database } from "@/db/engine";
import { apiTokens } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { newSecretToken } from "@/lib/auth/secret-token";
import { createApiTokenSchema } from "@/lib/validation/api-tokens";
import { parseInput } from "@/lib/validation/parse";

/** Marks Socle's tokens, so that secret scanners and people can tell what a leaked string is. */
export const apiTokenPrefix = "socle_";

export type CreatedApiToken = { id: string; name: string; token: string; expiresAt: Date | null };

export async function createApiToken(db: Database, actor: Actor, input: unknown): Promise<CreatedApiToken> {
  const { name, expiresOn } = parseInput(createApiTokenSchema, input);
  const { token, hash } = newSecretToken(apiTokenPrefix);
  // The token works through the whole of its last day (UTC).
  const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59.999Z`) : null;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name, tokenHash: hash, prefix: token.slice(0, apiTokenPrefix.length + 4), expiresAt })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, actor, { action: "apiToken.create", entityType: "apiToken", entityId: row!.id, after: { name, expiresOn } });
    return row!.id;
  });
  return { id, name, token, expiresAt };
}
