/**
 * Webhook endpoints over /api/v1 (decision 2210): one's own endpoints listed, registered (the answer holds the signing
 * secret), read, edited, their secret rotated, disabled, enabled and deleted, a test event sent, and the delivery log,
 * through the same lib/ functions as the settings pages. Needs webhook.manage (coordinators, advisers for their agency).
 */
import { webhookDeliveryStates, webhookEventTypes } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { deleteEndpoint, disableEndpoint, enableEndpoint, rotateEndpointSecret } from "@/lib/webhooks/change-endpoint";
import { editEndpoint } from "@/lib/webhooks/edit-endpoint";
import type { WebhookEndpointView } from "@/lib/webhooks/endpoint-records";
import { getEndpoint, listDeliveries, listEndpoints } from "@/lib/webhooks/list-endpoints";
import { registerEndpoint } from "@/lib/webhooks/register-endpoint";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { timestamp } from "../schemas";

const tags = ["Webhooks"];
const eventType = z.enum(webhookEventTypes);

const webhookEndpoint = z
  .object({
    id: z.uuid(),
    url: z.string().meta({ description: "Where events are POSTed: https, on a public address.", example: "https://example.org/socle-events" }),
    description: z.string(),
    eventTypes: z.array(eventType),
    agencyId: z.uuid().nullable().meta({ description: "The agency an adviser registered it for; null for a coordinator's (every country)." }),
    secret: z.string().meta({ description: "The Standard Webhooks signing secret, `whsec_` + base64 of 24 random bytes.", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }),
    disabled: z.boolean(),
    disabledReason: z.enum(["owner", "gone", "failing"]).nullable().meta({ description: "owner: you disabled it; gone: it answered 410; failing: a delivery failed ten attempts over about three days." }),
    consecutiveFailures: z.int(),
    version: z.int().meta({ description: "Send it back with a change: a stale version is refused with 409." }),
    updatedAt: timestamp,
  })
  .meta({ id: "WebhookEndpoint" });

const endpointOut = (endpoint: WebhookEndpointView) => ({
  id: endpoint.id,
  url: endpoint.url,
  description: endpoint.description,
  eventTypes: endpoint.eventTypes,
  agencyId: endpoint.agencyId,
  secret: endpoint.secret,
  disabled: endpoint.disabledAt !== null,
  disabledReason: endpoint.disabledReason as "owner" | "gone" | "failing" | null,
  consecutiveFailures: endpoint.consecutiveFailures,
  version: endpoint.version,
  updatedAt: endpoint.updatedAt.toISOString(),
});
const endpointById = async (db: Database, actor: Actor, id: string) => ({ data: endpointOut(await getEndpoint(db, actor, id)) });

const idParams = z.object({ id: z.uuid() });
const versionBody = z.object({ version: z.int().min(1) });
const endpointFields = {
  url: z.string().min(1).max(2000),
  description: z.string().max(500).optional(),
  eventTypes: z.array(eventType).min(1).max(webhookEventTypes.length),
};

export const listWebhookEndpointsEndpoint = defineEndpoint({
  method: "GET",
  path: "/webhooks",
  operationId: "listWebhookEndpoints",
  summary: "List your webhook endpoints",
  tags,
  response: z.object({ data: z.array(webhookEndpoint) }),
  handle: async ({ db, actor }) => ({ data: (await listEndpoints(db, actor)).map(endpointOut) }),
});

export const registerWebhookEndpointEndpoint = defineEndpoint({
  method: "POST",
  path: "/webhooks",
  operationId: "registerWebhookEndpoint",
  summary: "Register a webhook endpoint",
  description:
    "Events are POSTed as `{type, timestamp, data}`, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). An address that is, or resolves to, a private, loopback or link-local address is refused with 422. An adviser's endpoint is for their agency (`agencyId` when they advise several).",
  tags,
  body: z.object({ ...endpointFields, agencyId: z.uuid().optional() }),
  response: z.object({ data: webhookEndpoint }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, body }) => endpointById(db, actor, (await registerEndpoint(db, actor, body)).id),
});

export const getWebhookEndpointEndpoint = defineEndpoint({
  method: "GET",
  path: "/webhooks/{id}",
  operationId: "getWebhookEndpoint",
  summary: "Read one of your webhook endpoints",
  tags,
  params: idParams,
  response: z.object({ data: webhookEndpoint }),
  handle: async ({ db, actor, params }) => endpointById(db, actor, params.id),
});

export const editWebhookEndpointEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/webhooks/{id}",
  operationId: "editWebhookEndpoint",
  summary: "Edit a webhook endpoint",
  description: "Its address, description and events; send the version you read (a newer one answers 409 with the endpoint as it stands).",
  tags,
  params: idParams,
  body: versionBody.extend(endpointFields),
  response: z.object({ data: webhookEndpoint }),
  handle: async ({ db, actor, params, body }) => {
    await editEndpoint(db, actor, { ...body, id: params.id });
    return endpointById(db, actor, params.id);
  },
});

const change = (path: string, operationId: string, summary: string, description: string, run: (db: Database, actor: Actor, input: unknown) => Promise<unknown>) =>
  defineEndpoint({
    method: "POST",
    path: `/webhooks/{id}/${path}`,
    operationId,
    summary,
    description,
    tags,
    params: idParams,
    body: versionBody,
    response: z.object({ data: webhookEndpoint }),
    handle: async ({ db, actor, params, body }) => {
      await run(db, actor, { ...body, id: params.id });
      return endpointById(db, actor, params.id);
    },
  });

export const rotateWebhookSecretEndpoint = change("rotate-secret", "rotateWebhookSecret", "Rotate a webhook endpoint's secret", "A new secret signs every delivery from now on; the old one stops at once.", rotateEndpointSecret);
export const disableWebhookEndpointEndpoint = change("disable", "disableWebhookEndpoint", "Disable a webhook endpoint", "Events while it is disabled are not kept for it; deliveries already waiting are sent once it is enabled again.", disableEndpoint);
export const enableWebhookEndpointEndpoint = change("enable", "enableWebhookEndpoint", "Enable a webhook endpoint", "Also after Socle disabled it (a 410, or repeated failure); its failures are counted again from zero.", enableEndpoint);

export const deleteWebhookEndpointEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/webhooks/{id}",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint",
  description: "A soft delete: nothing more is sent to it, its delivery log is kept. Name the version you read (`?version=`): a newer one answers 409.",
  tags,
  params: idParams,
  query: z.object({ version: z.string().meta({ description: "The version you read.", example: "1" }) }),
  response: z.object({ data: z.object({ id: z.uuid(), deleted: z.literal(true) }) }),
  handle: async ({ db, actor, params, query }) => {
    const { id } = await deleteEndpoint(db, actor, { id: params.id, version: query.version });
    return { data: { id, deleted: true as const } };
  },
});

export const sendWebhookTestEventEndpoint = defineEndpoint({
  method: "POST",
  path: "/webhooks/{id}/test",
  operationId: "sendWebhookTestEvent",
  summary: "Send a test event",
  description: "Queues a `webhook.test` event to the endpoint, sent within seconds and listed in its delivery log. 422 when the endpoint is disabled.",
  tags,
  params: idParams,
  response: z.object({ data: z.object({ deliveryId: z.uuid(), messageId: z.string() }) }),
  handle: async ({ db, actor, params }) => ({ data: await sendTestEvent(db, actor, { id: params.id }) }),
});

const attempt = z.object({ attemptedAt: timestamp, statusCode: z.int().nullable(), error: z.string().nullable(), durationMs: z.int() });
const delivery = z
  .object({
    id: z.uuid(),
    messageId: z.string().meta({ description: "The `webhook-id` header: the same on every retry." }),
    eventType: z.string(),
    state: z.enum(webhookDeliveryStates),
    attempts: z.int(),
    nextAttemptAt: timestamp,
    lastStatusCode: z.int().nullable(),
    lastError: z.string().nullable(),
    createdAt: timestamp,
    attemptLog: z.array(attempt),
  })
  .meta({ id: "WebhookDelivery" });

export const listWebhookDeliveriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "An endpoint's delivery log",
  description: "Newest first, 50 a page, each with its attempts (response code or error, duration).",
  tags,
  params: idParams,
  query: z.object({ page: z.string().optional().meta({ description: "From 1 to 10000.", example: "1" }) }),
  response: z.object({ data: z.array(delivery), page: z.int(), pageCount: z.int(), total: z.int() }).meta({ id: "WebhookDeliveryPage" }),
  handle: async ({ db, actor, params, query }) => {
    const log = await listDeliveries(db, actor, { id: params.id, page: query.page });
    return {
      data: log.deliveries.map((row) => ({
        id: row.id,
        messageId: row.messageId,
        eventType: row.eventType,
        state: row.state,
        attempts: row.attempts,
        nextAttemptAt: row.nextAttemptAt.toISOString(),
        lastStatusCode: row.lastStatusCode,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        attemptLog: row.attemptLog.map((entry) => ({ ...entry, attemptedAt: entry.attemptedAt.toISOString() })),
      })),
      page: log.page,
      pageCount: log.pageCount,
      total: log.total,
    };
  },
});
