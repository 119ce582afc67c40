/**
 * The withdrawn values of a followed indicator, newest first, for those who may restore them (the country's
 * working group and coordinators): others get none, as the results page shows them only the series.
 */
import { and, desc, eq, isNotNull, ne } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { can } from "@/lib/permissions";
import { normalizedFigure } from "./country-indicator-records";
import { getCountryIndicator } from "./get-country-results";

export type WithdrawnValueView = {
  id: string;
  version: number;
  period: string;
  sex: "total" | "female" | "male";
  value: string;
  status: "accepted" | "proposed" | "declined";
  withdrawnAt: Date;
  reason: string | null;
  replaced: boolean;
};

export async function listWithdrawnValues(db: Queryable, actor: Actor, countryIndicatorId: unknown): Promise<WithdrawnValueView[]> {
  const followed = await getCountryIndicator(db, actor, countryIndicatorId);
  if (!can(actor, "results.write", { countryCode: followed.countryCode })) return [];
  const rows = await db
    .select()
    .from(indicatorValues)
    // A declined proposal stays declined: it is in the history, not among what may come back.
    .where(and(eq(indicatorValues.countryIndicatorId, followed.id), isNotNull(indicatorValues.deletedAt), ne(indicatorValues.status, "declined")))
    .orderBy(desc(indicatorValues.deletedAt))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    period: row.period,
    sex: row.sex,
    value: normalizedFigure(row.value),
    status: row.status,
    withdrawnAt: row.deletedAt!,
    reason: row.withdrawalReason,
    replaced: row.replacedById !== null,
  }));
}
