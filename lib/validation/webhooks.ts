/**
 * What people type about webhook endpoints (decision 2210): the address, its description and the events it takes;
 * its edit, secret rotation, switch and removal. Shared by the settings forms, the JSON API and lib/.
 */
import * as z from "zod/mini";
import { webhookEventTypes } from "@/db/schema/values";
import { checkboxList, versionSchema } from "./common";
import { textSchema } from "./text";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** An http(s) address up to 2,000 characters; where it may point is judged by lib/webhooks/address-guard.ts. */
export const endpointUrlSchema = z.pipe(
  textSchema(2000, 1),
  z.url({ protocol: /^https?$/, message: "webhooks.rules.url" }),
);

const eventTypesSchema = z.pipe(
  checkboxList(z.enum(webhookEventTypes, { message: "validation.invalid" }), webhookEventTypes.length),
  z.array(z.enum(webhookEventTypes)).check(z.minLength(1, { message: "webhooks.rules.eventTypes" })),
);

export const registerEndpointSchema = z.object({
  url: endpointUrlSchema,
  description: z.optional(textSchema(500)),
  eventTypes: eventTypesSchema,
  /** For an adviser of several agencies: which one it is for. */
  agencyId: z.optional(z.union([uuidSchema, z.literal("")])),
});
export type RegisterEndpointInput = z.input<typeof registerEndpointSchema>;

export const editEndpointSchema = z.object({
  id: uuidSchema,
  version: versionSchema,
  url: endpointUrlSchema,
  description: z.optional(textSchema(500)),
  eventTypes: eventTypesSchema,
});

/** Rotating the secret, disabling, enabling, deleting, sending a test event: the endpoint and the version read. */
export const endpointChangeSchema = z.object({ id: uuidSchema, version: versionSchema });
export const endpointIdSchema = z.object({ id: uuidSchema });
