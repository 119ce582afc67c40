/**
 * STAND-IN for fx-rates' lib/funding/conversion.ts (the agreed signatures, written here so that funding-totals can
 * be built and tested before that branch lands): on merge, take fx-rates' file as it is.
 * The rule: an amount in C on value date V converts to the reporting currency R with the live rate (C, base R) whose
 * period starts latest on or before V, while V is no later than that period's end + the maximum age; exact.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import Decimal from "decimal.js-light";
import type { Queryable } from "@/db/engine";
import { exchangeRates } from "@/db/schema";

export type RateUsed = { currency: string; baseCurrency: string; period: "day" | "month" | "year"; periodStart: string; rate: string; source: string };
export type Conversion = { converted: string | null; rate: RateUsed | null; missing?: "no_rate" | "too_old" };
export type RateTable = { reportingCurrency: string; rateMaxAgeDays: number; byCurrency: Map<string, RateUsed[]> };

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export async function loadRateTable(db: Queryable, settings: { reportingCurrency: string; rateMaxAgeDays: number }, currencies: string[]): Promise<RateTable> {
  const wanted = [...new Set(currencies)].filter((currency) => currency !== settings.reportingCurrency);
  const rows = wanted.length
    ? await db
        .select({
          currency: exchangeRates.currency,
          baseCurrency: exchangeRates.baseCurrency,
          period: exchangeRates.period,
          periodStart: exchangeRates.periodStart,
          rate: exchangeRates.rate,
          source: exchangeRates.source,
        })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.baseCurrency, settings.reportingCurrency), inArray(exchangeRates.currency, wanted), isNull(exchangeRates.deletedAt)))
    : [];
  const byCurrency = new Map<string, RateUsed[]>();
  for (const row of rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
  for (const list of byCurrency.values()) list.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
  return { ...settings, byCurrency };
}

function periodEnd(rate: RateUsed): Date {
  const start = new Date(`${rate.periodStart}T00:00:00Z`);
  if (rate.period === "day") return start;
  const end = new Date(start);
  if (rate.period === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  end.setUTCDate(end.getUTCDate() - 1);
  return end;
}

export function convert(table: RateTable, amount: { amount: string; currency: string; valueDate: string }): Conversion {
  if (amount.currency === table.reportingCurrency) return { converted: new Exact(amount.amount).toFixed(), rate: null };
  const rates = table.byCurrency.get(amount.currency) ?? [];
  let found: RateUsed | undefined;
  for (const rate of rates) if (rate.periodStart <= amount.valueDate) found = rate;
  if (!found) return { converted: null, rate: null, missing: "no_rate" };
  const limit = periodEnd(found);
  limit.setUTCDate(limit.getUTCDate() + table.rateMaxAgeDays);
  if (amount.valueDate > limit.toISOString().slice(0, 10)) return { converted: null, rate: found, missing: "too_old" };
  return { converted: new Exact(amount.amount).dividedBy(found.rate).toFixed(), rate: found };
}

export function sumConverted(conversions: Conversion[]): { total: string; counted: number; leftOut: number } {
  let total = new Exact(0);
  let counted = 0;
  for (const conversion of conversions) {
    if (conversion.converted === null) continue;
    total = total.plus(conversion.converted);
    counted++;
  }
  return { total: total.toFixed(), counted, leftOut: conversions.length - counted };
}
