/**
 * Standard Webhooks v1 signing (SPF-DOMAIN-2.md §6): a secret `whsec_` + base64 of random bytes, one per endpoint; the
 * signature `v1,` + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), the key being the secret's decoded bytes.
 */
import "server-only";
import { createHmac, randomBytes } from "node:crypto";

const secretPrefix = "whsec_";
/** 192 bits, the specification's least; it allows up to 512. */
const secretBytes = 24;

export function newEndpointSecret(): string {
  return `${secretPrefix}${randomBytes(secretBytes).toString("base64")}`;
}

export function signWebhook(secret: string, messageId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(secretPrefix.length), "base64");
  return `v1,${createHmac("sha256", key).update(`${messageId}.${timestamp}.${body}`).digest("base64")}`;
}

/** The headers of one attempt: the id is the same on every retry (the receiver's idempotency key), the timestamp the attempt's. */
export function webhookHeaders(secret: string, messageId: string, timestamp: number, body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook(secret, messageId, timestamp, body),
  };
}
