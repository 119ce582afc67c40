/**
 * Sends the webhook deliveries that are due (decision 2210). Each is claimed first, in a short transaction: rows
 * locked `FOR UPDATE SKIP LOCKED` (another instance's claim in progress is passed over) and marked `sending` until
 * `claimedUntil`, so one attempt per delivery is in flight across instances; a crashed instance's claim runs out and
 * the delivery is due again. Each attempt is signed afresh and recorded (lib/webhooks/record-attempt.ts).
 */
import "server-only";
import { and, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { readEnv } from "@/lib/env";
import { privateAddressesAllowed } from "./address-guard";
import { postWebhook } from "./post-webhook";
import { type AttemptResult, recordAttempt } from "./record-attempt";
import { webhookHeaders } from "./signature";

export type SentDelivery = { deliveryId: string; endpointId: string; messageId: string; result: AttemptResult | null };
export type SendOptions = { now?: () => Date; allowPrivate?: boolean; timeoutSeconds?: number; batch?: number };

type Claimed = { id: string; endpointId: string; messageId: string; payload: Record<string, unknown>; attempts: number; url: string; secret: string };

async function claimDue(db: Database, now: Date, claimedUntil: Date, batch: number): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(
          inArray(webhookDeliveries.state, ["pending", "sending"]),
          lte(webhookDeliveries.nextAttemptAt, now),
          or(isNull(webhookDeliveries.claimedUntil), lt(webhookDeliveries.claimedUntil, now)),
          // A disabled or deleted endpoint's deliveries wait: enabled again, it gets them.
          isNull(webhookEndpoints.disabledAt),
          isNull(webhookEndpoints.deletedAt),
        ),
      )
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(batch)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx.update(webhookDeliveries).set({ state: "sending", claimedUntil }).where(inArray(webhookDeliveries.id, ids));
    return tx
      .select({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        messageId: webhookDeliveries.messageId,
        payload: webhookDeliveries.payload,
        attempts: webhookDeliveries.attempts,
        url: webhookEndpoints.url,
        secret: webhookEndpoints.secret,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(inArray(webhookDeliveries.id, ids));
  });
}

/** Sends batches of due deliveries until none is left; returns what this call attempted. */
export async function sendDueDeliveries(db: Database, options: SendOptions = {}): Promise<SentDelivery[]> {
  const clock = options.now ?? (() => new Date());
  const timeoutSeconds = options.timeoutSeconds ?? readEnv().SOCLE_WEBHOOK_TIMEOUT_SECONDS;
  const allowPrivate = options.allowPrivate ?? privateAddressesAllowed();
  const sent: SentDelivery[] = [];
  for (;;) {
    const now = clock();
    // Longer than an attempt may take, so a live claim never runs out under its sender.
    const claimedUntil = new Date(now.getTime() + (timeoutSeconds + 30) * 1000);
    const claimed = await claimDue(db, now, claimedUntil, options.batch ?? 10);
    if (claimed.length === 0) return sent;
    await Promise.all(
      claimed.map(async (delivery) => {
        const body = JSON.stringify(delivery.payload);
        const timestamp = Math.floor(clock().getTime() / 1000);
        const outcome = await postWebhook(delivery.url, webhookHeaders(delivery.secret, delivery.messageId, timestamp, body), body, { timeoutMs: timeoutSeconds * 1000, allowPrivate });
        const claim = { deliveryId: delivery.id, endpointId: delivery.endpointId, attempt: delivery.attempts + 1, claimedUntil };
        const result = await recordAttempt(db, claim, outcome, clock());
        sent.push({ deliveryId: delivery.id, endpointId: delivery.endpointId, messageId: delivery.messageId, result });
      }),
    );
  }
}
