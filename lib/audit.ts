/** Writes the audit entry of a change, inside the transaction that makes the change, and the webhook deliveries it causes. */
import type { Transaction } from "@/db/engine";
import { auditLog } from "@/db/schema";
import type { Actor } from "./actor";
import { enqueueWebhookEvents } from "./webhooks/enqueue-events";

type Snapshot = Record<string, unknown>;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  countryCode?: string | null;
  agencyId?: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
};

/** Keeps only the fields whose value changed, so the history shows what changed and nothing else. */
export function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const changed = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

/** Who made a change: an actor, or a person who has just signed up through an invitation, known by their new id. */
type Author = Pick<Actor, "userId"> | null;

const rowOf = (actor: Author, entry: AuditEntry) => ({
  actorId: actor?.userId ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  countryCode: entry.countryCode ?? null,
  agencyId: entry.agencyId ?? null,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

export async function recordAudit(tx: Transaction, actor: Author, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(rowOf(actor, entry));
  // The webhooks' outbox, in the same transaction: every write path that records its change is covered once (decision 2210).
  await enqueueWebhookEvents(tx, [entry]);
}

/** Several entries of one change (a bulk import), written in batches rather than one statement each. */
export async function recordAudits(tx: Transaction, actor: Author, entries: AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += 500) {
    await tx.insert(auditLog).values(entries.slice(start, start + 500).map((entry) => rowOf(actor, entry)));
  }
  await enqueueWebhookEvents(tx, entries);
}
