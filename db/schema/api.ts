/** What the JSON API remembers between requests: the answers to creates sent with an Idempotency-Key. */
import { char, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { ownerReference } from "./accounts";
import { createdAt, id } from "./common";

/**
 * One row per (person, key): written in the same transaction as the create it answers, so a retried request
 * finds either nothing (the first attempt left nothing behind) or the answer it should get again.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    id: id(),
    userId: ownerReference(),
    key: text().notNull(),
    /** SHA-256 of the method, path and body: the same key with another request is refused. */
    fingerprint: char({ length: 64 }).notNull(),
    /** Set before the transaction commits; never seen empty by another request. */
    status: integer(),
    body: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.userId, t.key)],
);
