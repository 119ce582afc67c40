/** What changed in the countries of the matrix between two days (both included, UTC): step statuses, milestones, reviews, support. */
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, countries } from "@/db/schema";
import { type ChangeEntry, readChangeEntries } from "@/lib/activity/change-entries";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { type MatrixChangesQuery, matrixChangesQuerySchema } from "@/lib/validation/matrix";
import { parseInput } from "@/lib/validation/parse";

/** The newest this many changes of the period; a narrower period or filter shows the rest. */
export const matrixChangesLimit = 500;

export async function listMatrixChanges(db: Queryable, actor: Actor, input: unknown): Promise<{ query: MatrixChangesQuery; entries: ChangeEntry[]; truncated: boolean }> {
  assertCan(actor, "country.read");
  const query = parseInput(matrixChangesQuerySchema, input);
  const inPeriod = and(
    gte(auditLog.at, sql`(${query.from}::date)::timestamp at time zone 'UTC'`),
    lt(auditLog.at, sql`((${query.to}::date + 1)::timestamp at time zone 'UTC')`),
    query.region ? eq(countries.region, query.region) : undefined,
    query.spfiStatus ? eq(countries.spfiStatus, query.spfiStatus) : undefined,
  );
  const entries = await readChangeEntries(db, actor, inPeriod, { limit: matrixChangesLimit + 1 });
  return { query, entries: entries.slice(0, matrixChangesLimit), truncated: entries.length > matrixChangesLimit };
}
