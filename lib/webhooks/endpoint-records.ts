/** The one place webhook endpoints are read for their owner and for a change: their view, snapshot and lock. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { type WebhookEndpoint, webhookEndpoints } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

export const webhookEndpointEntity = "webhook_endpoint";

/** An endpoint as its owner sees it, the signing secret included (only its owner ever reads it). */
export type WebhookEndpointView = Pick<
  WebhookEndpoint,
  "id" | "url" | "description" | "eventTypes" | "agencyId" | "secret" | "disabledAt" | "disabledReason" | "consecutiveFailures" | "version" | "createdAt" | "updatedAt"
>;

export const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  eventTypes: webhookEndpoints.eventTypes,
  agencyId: webhookEndpoints.agencyId,
  secret: webhookEndpoints.secret,
  disabledAt: webhookEndpoints.disabledAt,
  disabledReason: webhookEndpoints.disabledReason,
  consecutiveFailures: webhookEndpoints.consecutiveFailures,
  version: webhookEndpoints.version,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

/** What the audit log keeps of an endpoint: never its secret. */
export const endpointSnapshot = (endpoint: Pick<WebhookEndpoint, "url" | "description" | "eventTypes">) => ({
  url: endpoint.url,
  description: endpoint.description,
  eventTypes: endpoint.eventTypes,
});

/** The actor's own live endpoint; NOT_FOUND for anyone else's (it is not theirs to know of). */
export async function ownEndpoint(db: Queryable, actor: Actor, id: string): Promise<WebhookEndpointView> {
  const [endpoint] = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, actor.userId), isNull(webhookEndpoints.deletedAt)));
  if (!endpoint) throw notFound();
  assertCan(actor, "webhook.manage", { agencyId: endpoint.agencyId });
  return endpoint;
}

/** The actor's own endpoint, locked for a change in this transaction. */
export async function endpointForChange(tx: Transaction, actor: Actor, id: string): Promise<WebhookEndpointView> {
  const [endpoint] = await tx
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, actor.userId), isNull(webhookEndpoints.deletedAt)))
    .for("update");
  if (!endpoint) throw notFound();
  assertCan(actor, "webhook.manage", { agencyId: endpoint.agencyId });
  return endpoint;
}
