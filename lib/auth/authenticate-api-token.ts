/**
 * Finds the actor for an `Authorization: Bearer` header: the token must be known, not revoked, not expired, and
 * its owner active. Checked on every request, so revoking a token or deactivating its owner stops it at once.
 */
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { apiTokens } from "@/db/schema";
import { type Actor, loadActor } from "@/lib/actor";
import { hashSecretToken } from "./secret-token";

/** Last use is recorded at most this often, so busy scripts do not write on every request. */
const lastUsedPrecisionMs = 60_000;

export function bearerToken(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer[ \t]+([A-Za-z0-9_\-]{20,200})[ \t]*$/i);
  return match?.[1] ?? null;
}

export async function authenticateApiToken(db: Queryable, authorization: string | null, now = new Date()): Promise<Actor | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const [found] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecretToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!found) return null;
  const actor = await loadActor(db, found.userId); // null for a deactivated owner
  if (!actor) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(eq(apiTokens.id, found.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - lastUsedPrecisionMs)))),
    );
  return actor;
}
