/**
 * Idempotency keys on the API's creates: a request retried with the same `Idempotency-Key` gets the first
 * answer again and writes nothing more (decision 603).
 */
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { idempotencyKeys } from "@/db/schema";
import { AppError, invalid } from "@/lib/errors";

/** After this, a key may name a new request: long enough for any client's retries. */
export const idempotencyKeyHours = 24;
const keyPattern = /^[\x21-\x7e]{1,255}$/;

export type ApiAnswer = { status: number; body: unknown; replayed?: boolean };

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(JSON.stringify([method, path, body ?? null])).digest("hex");
}

/**
 * Runs `create` in one transaction with the key's row, so the record and the remembered answer commit together
 * or not at all; a failed attempt leaves the key free for the retry.
 */
export async function withIdempotencyKey(
  db: Database,
  userId: string,
  key: string,
  fingerprint: string,
  create: (tx: Database) => Promise<ApiAnswer>,
): Promise<ApiAnswer> {
  if (!keyPattern.test(key)) throw invalid({ "Idempotency-Key": "api.idempotencyKeyFormat" }, "api.idempotencyKeyFormat");
  const ofKey = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  return db.transaction(async (tx) => {
    await tx.delete(idempotencyKeys).where(and(ofKey, lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${idempotencyKeyHours})`)));
    // A concurrent request with the same key waits on this insert until the first one commits or rolls back.
    const [claimed] = await tx.insert(idempotencyKeys).values({ userId, key, fingerprint }).onConflictDoNothing().returning({ id: idempotencyKeys.id });
    if (!claimed) {
      const [stored] = await tx.select().from(idempotencyKeys).where(ofKey);
      if (!stored || stored.status === null) throw new AppError("CONFLICT", "api.idempotencyKeyBusy");
      if (stored.fingerprint !== fingerprint) throw invalid({ "Idempotency-Key": "api.idempotencyKeyReused" }, "api.idempotencyKeyReused");
      return { status: stored.status, body: stored.body, replayed: true };
    }
    const answer = await create(tx);
    await tx.update(idempotencyKeys).set({ status: answer.status, body: answer.body }).where(eq(idempotencyKeys.id, claimed.id));
    return answer;
  });
}
