/**
 * What an attempt leaves (decision 2210): its row in `webhook_attempts`; the delivery delivered, given up, or due again
 * after the specification's backoff (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, with jitter; Retry-After
 * honoured on 429, 502 and 504); the endpoint disabled, with a notice to its owner, on a 410 Gone or when a delivery
 * has failed all ten attempts (about three days of failure).
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import { webhookEndpointEntity } from "./endpoint-records";
import type { AttemptOutcome } from "./post-webhook";

/** Seconds after attempt n (1-based) before the next one; after the tenth, the delivery is given up. */
export const retryDelaysSeconds = [5, 300, 1800, 7200, 18_000, 36_000, 50_400, 72_000, 86_400] as const;
export const maxAttempts = retryDelaysSeconds.length + 1;
const throttled = new Set([429, 502, 504]);

export type AttemptResult = "delivered" | "retry" | "failed" | "gone";

export function resultOf(outcome: AttemptOutcome, attempt: number): AttemptResult {
  if (outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300) return "delivered";
  if (outcome.statusCode === 410) return "gone";
  return attempt >= maxAttempts ? "failed" : "retry";
}

/** The next attempt's time: the schedule's delay with ±10 % jitter, or a longer Retry-After (at most a day). */
export function nextAttemptAt(outcome: AttemptOutcome, attempt: number, now: Date, random = Math.random): Date {
  const scheduled = retryDelaysSeconds[Math.min(attempt, retryDelaysSeconds.length) - 1]!;
  const asked = outcome.statusCode !== null && throttled.has(outcome.statusCode) ? Math.min(outcome.retryAfterSeconds ?? 0, 86_400) : 0;
  const jittered = scheduled * (0.9 + 0.2 * random());
  return new Date(now.getTime() + Math.max(jittered, asked) * 1000);
}

async function disableForFailure(tx: Transaction, endpointId: string, reason: "gone" | "failing", now: Date): Promise<void> {
  const [endpoint] = await tx
    .update(webhookEndpoints)
    .set({ disabledAt: now, disabledReason: reason, version: sql`${webhookEndpoints.version} + 1`, updatedAt: now })
    .where(and(eq(webhookEndpoints.id, endpointId), sql`${webhookEndpoints.disabledAt} is null`))
    .returning({ ownerId: webhookEndpoints.ownerId, agencyId: webhookEndpoints.agencyId, url: webhookEndpoints.url });
  // Already disabled (by its owner, or by another delivery's failure): one notice is enough.
  if (!endpoint) return;
  await recordAudit(tx, null, { action: "webhook.disable", entityType: webhookEndpointEntity, entityId: endpointId, agencyId: endpoint.agencyId, before: { disabled: false }, after: { disabled: true, reason } });
  await notify(tx, null, { kind: "webhook_disabled", recipientIds: [endpoint.ownerId], countryCode: null, link: `/settings/webhooks/${endpointId}`, params: { title: endpoint.url, reason } });
}

/**
 * Records one attempt of a claimed delivery. Only while the claim is still this sender's (`claimedUntil` as it set
 * it): a claim that ran out and was taken over is the other sender's to record. Returns what became of it.
 */
export async function recordAttempt(db: Database, claim: { deliveryId: string; endpointId: string; attempt: number; claimedUntil: Date }, outcome: AttemptOutcome, now: Date): Promise<AttemptResult | null> {
  const result = resultOf(outcome, claim.attempt);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({
        state: result === "delivered" ? "delivered" : result === "retry" ? "pending" : "failed",
        attempts: claim.attempt,
        nextAttemptAt: result === "retry" ? nextAttemptAt(outcome, claim.attempt, now) : now,
        claimedUntil: null,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        lastAttemptAt: now,
      })
      .where(and(eq(webhookDeliveries.id, claim.deliveryId), eq(webhookDeliveries.state, "sending"), eq(webhookDeliveries.claimedUntil, claim.claimedUntil)))
      .returning({ id: webhookDeliveries.id });
    if (!updated) return null;
    await tx.insert(webhookAttempts).values({ deliveryId: claim.deliveryId, attemptedAt: now, statusCode: outcome.statusCode, error: outcome.error, durationMs: outcome.durationMs });
    await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: result === "delivered" ? 0 : sql`${webhookEndpoints.consecutiveFailures} + 1` })
      .where(eq(webhookEndpoints.id, claim.endpointId));
    if (result === "gone" || result === "failed") await disableForFailure(tx, claim.endpointId, result === "gone" ? "gone" : "failing", now);
    return result;
  });
}
