/**
 * Socle open by design (issue 22): countries' public pages a coordinator publishes, webhook endpoints and their
 * deliveries (kept in the database so that retries survive restarts and one instance sends each), identities from an
 * OpenID Connect provider linked to existing accounts, and second factors (TOTP with recovery codes).
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, char, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, ownerReference, personReference } from "./accounts";
import { agencies } from "./agencies";
import { createdAt, id, updatedAt, version } from "./common";
import { countryReference } from "./geography";
import { webhookDeliveryStates, webhookEventTypes } from "./values";

export { webhookDeliveryStates, webhookEventTypes };

export const webhookDeliveryStateEnum = pgEnum("webhook_delivery_state", webhookDeliveryStates);

/** A country's public page: published or not, by whom, and the quality warnings published over (recorded). */
export const countryPublications = pgTable("country_publications", {
  countryCode: countryReference().primaryKey(),
  published: boolean().notNull().default(false),
  publishedAt: timestamp({ withTimezone: true }),
  publishedById: personReference(),
  /** What the quality check listed when it was published anyway (empty when it found nothing). */
  warnings: jsonb().$type<Record<string, unknown>[]>().notNull().default([]),
  version: version(),
  updatedAt: updatedAt(),
});

/**
 * An endpoint registered for events: a coordinator's (every country) or an adviser's for their agency. Payloads carry
 * only what its owner may read. Disabled after repeated failure or a 410, with a notice to its owner.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    ownerId: personReference().notNull(),
    /** The agency an adviser registered it for; null for a coordinator's. */
    agencyId: uuid().references(() => agencies.id),
    url: text().notNull(),
    description: text().notNull().default(""),
    eventTypes: jsonb().$type<WebhookEventType[]>().notNull(),
    /** The Standard Webhooks signing secret (`whsec_` + base64), shown to its owner, kept to sign. */
    secret: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    /** Why it was disabled: repeated failure, a 410 Gone, or its owner. */
    disabledReason: text(),
    consecutiveFailures: integer().notNull().default(0),
    ...editedRecord(),
  },
  (t) => [index().on(t.ownerId), index().on(t.agencyId)],
);

/** One event for one endpoint: its payload (already filtered for the endpoint's owner), its attempts and when next. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id),
    /** The Standard Webhooks `webhook-id` (`msg_…`), the same on every retry. */
    messageId: text().notNull(),
    eventType: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    state: webhookDeliveryStateEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While an instance sends it: until when the claim holds (a crashed instance's claim runs out). */
    claimedUntil: timestamp({ withTimezone: true }),
    lastStatusCode: integer(),
    lastError: text(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.endpointId, t.messageId),
    index("webhook_deliveries_due").on(t.nextAttemptAt).where(sql`${t.state} in ('pending', 'sending')`),
    index().on(t.endpointId, t.createdAt),
  ],
);

/** Every attempt of a delivery: when, the response code (or the error), how long it took. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: id(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index().on(t.deliveryId, t.attemptedAt)],
);

/** An OpenID Connect identity linked to an existing (or invited) account, matched once by verified e-mail. */
export const externalIdentities = pgTable(
  "external_identities",
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    userId: ownerReference(),
    email: text().notNull(),
    linkedAt: createdAt(),
    lastSignInAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index().on(t.userId)],
);

/** A person's TOTP second factor: the secret (encrypted at rest), confirmed once a first code matched. */
export const secondFactors = pgTable("second_factors", {
  userId: ownerReference().primaryKey(),
  /** The TOTP secret, encrypted with a key derived from the installation's secret. */
  secretEncrypted: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last time step accepted: a code is used once. */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One-time recovery codes, hashed like passwords; a used one stays, marked. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: ownerReference(),
    codeHash: char({ length: 64 }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId), check("recovery_code_hash", sql`length(${t.codeHash}) = 64`)],
);

export type WebhookEventType = (typeof webhookEventTypes)[number];
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

