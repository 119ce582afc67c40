/** A user revokes one of their own API tokens; it stops working with the next request. */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { apiTokens } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { revokeApiTokenSchema } from "@/lib/validation/api-tokens";
import { parseInput } from "@/lib/validation/parse";

export async function revokeApiToken(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { tokenId } = parseInput(revokeApiTokenSchema, input);
  await db.transaction(async (tx) => {
    // Scoped by owner: someone else's token id is as unknown as a made-up one.
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ name: apiTokens.name });
    if (!revoked) throw notFound();
    await recordAudit(tx, actor, { action: "apiToken.revoke", entityType: "apiToken", entityId: tokenId, before: { name: revoked.name } });
  });
}
