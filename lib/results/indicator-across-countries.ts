/**
 * One catalogue indicator across countries, for the table and the world map: each country's latest accepted total
 * value (by the period's end) with its period, among the followed indicators the reader may read. Two queries.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countryIndicators, indicators, indicatorValues, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryIndicatorVisibleTo } from "@/lib/sharing/visibility";
import { normalizedFigure } from "./country-indicator-records";

export type LatestCountryValue = {
  countryCode: string;
  countryName: LocalizedText;
  region: (typeof countries.$inferSelect)["region"];
  countryIndicatorId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  value: string;
  source: string;
  origin: "typed" | "open_sdg" | "ilostat";
  obsStatus: string | null;
};

export type IndicatorAcrossCountries = {
  indicator: Pick<typeof indicators.$inferSelect, "id" | "code" | "name" | "unit" | "direction" | "family" | "sexBreakdown" | "custodian">;
  /** By country code. */
  countries: LatestCountryValue[];
};

/** `code` names a live entry of the catalogue (an SDG 1.3.1 series or an SPF Flagship result); NOT_FOUND otherwise. */
export async function getIndicatorAcrossCountries(db: Queryable, actor: Actor, code: unknown): Promise<IndicatorAcrossCountries> {
  assertCan(actor, "country.read");
  if (typeof code !== "string" || code.length > 40) throw notFound();
  const [indicator] = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      direction: indicators.direction,
      family: indicators.family,
      sexBreakdown: indicators.sexBreakdown,
      custodian: indicators.custodian,
    })
    .from(indicators)
    .where(and(eq(indicators.code, code), isNull(indicators.countryCode), isNull(indicators.deletedAt)));
  if (!indicator) throw notFound();

  const rows = await db
    .selectDistinctOn([countryIndicators.countryCode], {
      countryCode: countryIndicators.countryCode,
      countryName: countries.name,
      region: countries.region,
      countryIndicatorId: countryIndicators.id,
      period: indicatorValues.period,
      periodStart: indicatorValues.periodStart,
      periodEnd: indicatorValues.periodEnd,
      value: indicatorValues.value,
      source: indicatorValues.source,
      origin: indicatorValues.origin,
      obsStatus: indicatorValues.obsStatus,
    })
    .from(countryIndicators)
    .innerJoin(countries, eq(countries.code, countryIndicators.countryCode))
    .innerJoin(indicatorValues, eq(indicatorValues.countryIndicatorId, countryIndicators.id))
    .where(
      and(
        eq(countryIndicators.indicatorId, indicator.id),
        isNull(countryIndicators.deletedAt),
        countryIndicatorVisibleTo(actor),
        eq(indicatorValues.status, "accepted"),
        eq(indicatorValues.sex, "total"),
        isNull(indicatorValues.deletedAt),
      ),
    )
    .orderBy(countryIndicators.countryCode, sql`${indicatorValues.periodEnd} desc`, sql`${indicatorValues.periodStart} desc`, indicatorValues.period);
  return { indicator, countries: rows.map((row) => ({ ...row, value: normalizedFigure(row.value) })) };
}
