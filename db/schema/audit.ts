/** The audit log: who changed what, when, with the old and new values; written in the same transaction as the change. */
import { sql } from "drizzle-orm";
import { bigint, char, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { personReference } from "./accounts";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null for changes made by the system itself (seeding, migrations). */
    actorId: personReference(),
    /** What happened, as a permission-style verb: "milestone.log", "step.complete". */
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    countryCode: char({ length: 2 }),
    agencyId: uuid(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index().on(t.entityType, t.entityId, t.at),
    index().on(t.countryCode, t.at),
    index().on(t.at),
    // What changed between two dates, by kind of record.
    index().on(t.entityType, t.at),
    // A step's status on a past day: its last status change before then (the matrix "as of"); with the id, the
    // lookup reads one index entry in order instead of sorting the step's changes (decision 0400).
    index("audit_log_step_status_idx").on(t.entityId, t.at, t.id).where(sql`${t.action} = 'step.status'`),
  ],
);
