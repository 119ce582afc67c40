/** The actor's own webhook endpoints, one of them, and its delivery log (newest first, with each delivery's attempts). */
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { WebhookDeliveryState } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { pageNumberOf, pageWindow } from "@/lib/paging";
import { assertCanSomewhere } from "@/lib/permissions";
import { endpointColumns, ownEndpoint, type WebhookEndpointView } from "./endpoint-records";

export async function listEndpoints(db: Database, actor: Actor): Promise<WebhookEndpointView[]> {
  assertCanSomewhere(actor, "webhook.manage");
  return db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.ownerId, actor.userId), isNull(webhookEndpoints.deletedAt)))
    .orderBy(webhookEndpoints.createdAt)
    // One person registers a handful; the bound keeps the page's cost fixed.
    .limit(200);
}

export async function getEndpoint(db: Database, actor: Actor, id: string): Promise<WebhookEndpointView> {
  assertCanSomewhere(actor, "webhook.manage");
  return ownEndpoint(db, actor, id);
}

export type WebhookAttemptView = { attemptedAt: Date; statusCode: number | null; error: string | null; durationMs: number };
export type WebhookDeliveryView = {
  id: string;
  messageId: string;
  eventType: string;
  state: WebhookDeliveryState;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  createdAt: Date;
  attemptLog: WebhookAttemptView[];
};

export const deliveriesPerPage = 50;

export async function listDeliveries(db: Database, actor: Actor, input: { id: string; page?: unknown }) {
  assertCanSomewhere(actor, "webhook.manage");
  const endpoint = await ownEndpoint(db, actor, input.id);
  const where = eq(webhookDeliveries.endpointId, endpoint.id);
  const [counted] = await db.select({ n: count() }).from(webhookDeliveries).where(where);
  const paged = pageWindow(counted!.n, pageNumberOf(input.page), deliveriesPerPage);
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      messageId: webhookDeliveries.messageId,
      eventType: webhookDeliveries.eventType,
      state: webhookDeliveries.state,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(deliveriesPerPage)
    .offset(paged.offset);
  const attempts = rows.length
    ? await db
        .select({ deliveryId: webhookAttempts.deliveryId, attemptedAt: webhookAttempts.attemptedAt, statusCode: webhookAttempts.statusCode, error: webhookAttempts.error, durationMs: webhookAttempts.durationMs })
        .from(webhookAttempts)
        .where(inArray(webhookAttempts.deliveryId, rows.map((row) => row.id)))
        .orderBy(webhookAttempts.attemptedAt)
    : [];
  const deliveries: WebhookDeliveryView[] = rows.map((row) => ({
    ...row,
    attemptLog: attempts.filter((attempt) => attempt.deliveryId === row.id).map(({ deliveryId: _, ...attempt }) => attempt),
  }));
  return { endpoint, deliveries, page: paged.page, pageCount: paged.pageCount, total: counted!.n };
}
