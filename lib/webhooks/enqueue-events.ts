/**
 * The webhooks' outbox (decision 2210): called by recordAudit in every change's own transaction, it turns the audit
 * actions that are events into one delivery row per subscribed endpoint whose owner may read the entity, the payload
 * read as that owner. Committed with the change or not at all; the sender sends what was committed.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { and, isNull, or, sql } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { WebhookEventType } from "@/db/schema/values";
import { type Actor, loadActor } from "@/lib/actor";
import type { AuditEntry } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { eventDataFor, eventOfAction } from "./event-payloads";
import { wakeWebhookSender } from "./sender-wake";

/** A Standard Webhooks message id: the same on every retry of one delivery. */
export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

export const payloadOf = (type: string, at: Date, data: Record<string, unknown>) => ({ type, timestamp: at.toISOString(), data });

export async function enqueueWebhookEvents(tx: Transaction, entries: readonly AuditEntry[]): Promise<void> {
  const events = entries.flatMap((entry) => {
    const type = eventOfAction[entry.action];
    return type ? [{ type, entry }] : [];
  });
  if (events.length === 0) return;
  const types = [...new Set(events.map((event) => event.type))];
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, ownerId: webhookEndpoints.ownerId, agencyId: webhookEndpoints.agencyId, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(
      and(
        isNull(webhookEndpoints.deletedAt),
        isNull(webhookEndpoints.disabledAt),
        or(...types.map((type) => sql`${webhookEndpoints.eventTypes} @> ${JSON.stringify([type])}::jsonb`)),
      ),
    );
  if (endpoints.length === 0) return;

  const owners = new Map<string, Actor | null>();
  const now = new Date();
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const endpoint of endpoints) {
    if (!owners.has(endpoint.ownerId)) owners.set(endpoint.ownerId, await loadActor(tx, endpoint.ownerId));
    const owner = owners.get(endpoint.ownerId);
    // A deactivated owner, or one who no longer holds the role, hears of nothing.
    if (!owner || !can(owner, "webhook.manage", { agencyId: endpoint.agencyId })) continue;
    for (const { type, entry } of events) {
      if (!endpoint.eventTypes.includes(type)) continue;
      const data = await eventDataFor(tx, owner, type as WebhookEventType, entry);
      if (data) rows.push({ endpointId: endpoint.id, messageId: newMessageId(), eventType: type, payload: payloadOf(type, now, data), nextAttemptAt: now });
    }
  }
  for (let start = 0; start < rows.length; start += 500) await tx.insert(webhookDeliveries).values(rows.slice(start, start + 500));
  if (rows.length > 0) wakeWebhookSender();
}
