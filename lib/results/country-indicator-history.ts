/**
 * The history of an indicator a country follows, from the audit log (decision 0103): its own changes and those of
 * its values, newest first, a counted page at a time. Those who do not write the country's results see the
 * changes of accepted values (and an adviser those of their own proposals), as the results page shows them.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { CountedPage } from "@/lib/paging";
import { can } from "@/lib/permissions";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { getCountryIndicator } from "./get-country-results";
import { countryIndicatorEntity, indicatorValueEntity } from "./indicator-records";

export async function listCountryIndicatorHistory(db: Queryable, actor: Actor, input: { countryIndicatorId: unknown; page?: unknown }): Promise<CountedPage<HistoryEntry>> {
  const followed = await getCountryIndicator(db, actor, input.countryIndicatorId);
  const writes = can(actor, "results.write", { countryCode: followed.countryCode });
  const readableValues = writes ? sql`true` : sql`(${indicatorValues.status} = 'accepted' or ${indicatorValues.createdById} = ${actor.userId})`;
  const valueIds = sql`(select ${indicatorValues.id}::text from ${indicatorValues} where ${indicatorValues.countryIndicatorId} = ${followed.id} and ${readableValues})`;
  const entities = or(
    and(eq(auditLog.entityType, countryIndicatorEntity), eq(auditLog.entityId, followed.id)),
    and(eq(auditLog.entityType, indicatorValueEntity), sql`${auditLog.entityId} in ${valueIds}`),
  );
  const history = await readHistory(db, followed.countryCode, entities, input.page);
  const ids = history.rows.filter((entry) => entry.entityType === indicatorValueEntity).map((entry) => entry.entityId);
  const periods = ids.length
    ? await db.select({ id: indicatorValues.id, period: indicatorValues.period }).from(indicatorValues).where(inArray(indicatorValues.id, ids))
    : [];
  // A value's entries are named by its period label; the sex is among the changes its first entry records.
  const subjects = new Map(periods.map((row) => [row.id, row.period]));
  return { ...history, rows: history.rows.map((entry) => ({ ...entry, subject: entry.entityType === indicatorValueEntity ? (subjects.get(entry.entityId) ?? null) : followed.indicator.code })) };
}
