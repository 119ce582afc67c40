/**
 * Converting an amount into the reporting currency (decision 2100): the live rate (currency, base = reporting
 * currency) whose period starts latest on or before the value date, while that date is within the maximum age after
 * the period's end; converted = amount ÷ rate, exact to 40 significant digits, rounded to the cent only when shown.
 * `loadRateTable` reads the rates once; `rateVerdict` (the rate for a currency and day, or why none), `convert` and
 * `sumConverted` are pure.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import DecimalLight from "decimal.js-light";
import type { Queryable } from "@/db/engine";
import { exchangeRates } from "@/db/schema";
import type { ExchangeRatePeriod } from "@/db/schema/values";

/**
 * 40 significant digits: an amount has at most 20 (numeric(20,4)) and a rate at most 30 (numeric(30,10)), so a
 * quotient keeps every cent and far beyond; sums of quotients stay exact to well below a cent.
 */
const Decimal = DecimalLight.clone({ precision: 40, rounding: DecimalLight.ROUND_HALF_UP });
type Decimal = InstanceType<typeof Decimal>;

/** The rate a converted figure was made with, shown beside it (its date and source). */
export type RateUsed = {
  currency: string;
  baseCurrency: string;
  period: ExchangeRatePeriod;
  /** The first day of the rate's period, YYYY-MM-DD. */
  periodStart: string;
  /** Units of `currency` per one unit of `baseCurrency`, as decimal text. */
  rate: string;
  source: string;
};

/**
 * An amount in the reporting currency, or why there is none: no rate on or before the value date, or the latest one
 * is too old (then `rate` is that rate, so that a page can say which). An amount already in the reporting currency
 * converts at 1 with `rate` null and nothing missing.
 */
export type Conversion = { converted: string | null; rate: RateUsed | null; missing?: "no_rate" | "too_old" };

export type FundingSettingsForConversion = { reportingCurrency: string; rateMaxAgeDays: number };

/** The rates of some currencies against the reporting currency, each currency's sorted by period start. */
export type RateTable = {
  reportingCurrency: string;
  rateMaxAgeDays: number;
  rates: ReadonlyMap<string, readonly RateUsed[]>;
};

export type AmountToConvert = { amount: string; currency: string; valueDate: string };

/** Among rates starting the same day, the finer period wins: a day's rate says more than its month's average. */
const periodFineness: Record<ExchangeRatePeriod, number> = { year: 0, month: 1, day: 2 };

function byStartThenFineness(a: RateUsed, b: RateUsed): number {
  if (a.periodStart !== b.periodStart) return a.periodStart < b.periodStart ? -1 : 1;
  return periodFineness[a.period] - periodFineness[b.period];
}

/** Builds a table from rates already read (tests, the import's preview); rates of another base are ignored. */
export function rateTableOf(settings: FundingSettingsForConversion, rates: readonly RateUsed[]): RateTable {
  const reportingCurrency = settings.reportingCurrency.toUpperCase();
  const byCurrency = new Map<string, RateUsed[]>();
  for (const rate of rates) {
    if (rate.baseCurrency.toUpperCase() !== reportingCurrency) continue;
    const currency = rate.currency.toUpperCase();
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), { ...rate, currency, baseCurrency: reportingCurrency }]);
  }
  for (const list of byCurrency.values()) list.sort(byStartThenFineness);
  return { reportingCurrency, rateMaxAgeDays: settings.rateMaxAgeDays, rates: byCurrency };
}

/** The live rates of `currencies` against the reporting currency, in one query (none for the reporting currency itself). */
export async function loadRateTable(db: Queryable, settings: FundingSettingsForConversion, currencies: readonly string[]): Promise<RateTable> {
  const reportingCurrency = settings.reportingCurrency.toUpperCase();
  const wanted = [...new Set(currencies.map((code) => code.trim().toUpperCase()))].filter((code) => code !== reportingCurrency);
  if (wanted.length === 0) return rateTableOf(settings, []);
  const rows = await db
    .select({
      currency: exchangeRates.currency,
      baseCurrency: exchangeRates.baseCurrency,
      period: exchangeRates.period,
      periodStart: exchangeRates.periodStart,
      rate: exchangeRates.rate,
      source: exchangeRates.source,
    })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.baseCurrency, reportingCurrency), inArray(exchangeRates.currency, wanted), isNull(exchangeRates.deletedAt)))
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.periodStart));
  return rateTableOf(settings, rows.map((row) => ({ ...row, rate: new Decimal(row.rate).toFixed() })));
}

/** The last day of a rate's period, YYYY-MM-DD. */
export function periodEnd(period: ExchangeRatePeriod, periodStart: string): string {
  const [year, month] = periodStart.split("-").map(Number) as [number, number];
  if (period === "day") return periodStart;
  if (period === "year") return `${year}-12-31`;
  return isoDay(new Date(Date.UTC(year, month, 0)));
}

/** The last value date a rate may convert: its period's end plus the maximum age in days. */
export function lastUsableDay(rate: Pick<RateUsed, "period" | "periodStart">, rateMaxAgeDays: number): string {
  const end = new Date(`${periodEnd(rate.period, rate.periodStart)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + rateMaxAgeDays);
  return isoDay(end);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The rate for a value date: the latest starting on or before it (ties: the finer period), or none. */
export function rateOn(table: RateTable, currency: string, valueDate: string): RateUsed | null {
  const rates = table.rates.get(currency.toUpperCase()) ?? [];
  // Binary search for the last rate whose period starts on or before the value date (ISO dates compare as text).
  let low = 0;
  let high = rates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rates[middle]!.periodStart <= valueDate) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : rates[low - 1]!;
}

/**
 * What an amount of `currency` on `valueDate` converts with: a rate, none needed (`rate` null: the reporting currency
 * itself), or why it cannot be converted (then `rate` is the too-old rate, if any). `convert` without the division:
 * every amount of one currency and day shares it.
 */
export type RateVerdict = Omit<Conversion, "converted">;

export function rateVerdict(table: RateTable, currency: string, valueDate: string): RateVerdict {
  if (currency.trim().toUpperCase() === table.reportingCurrency) return { rate: null };
  const rate = rateOn(table, currency.trim(), valueDate);
  if (!rate) return { rate: null, missing: "no_rate" };
  if (valueDate > lastUsableDay(rate, table.rateMaxAgeDays)) return { rate, missing: "too_old" };
  return { rate };
}

/** One amount in the reporting currency, exact (not rounded), with the rate used or why there is none. */
export function convert(table: RateTable, { amount, currency, valueDate }: AmountToConvert): Conversion {
  const { rate, missing } = rateVerdict(table, currency, valueDate);
  if (missing) return { converted: null, rate, missing };
  return { converted: rate ? new Decimal(amount).div(rate.rate).toFixed() : new Decimal(amount).toFixed(), rate };
}

/** Converted figures summed before any rounding; amounts without a usable rate are left out and counted, never zero. */
export function sumConverted(conversions: Iterable<Pick<Conversion, "converted">>): { total: string; counted: number; leftOut: number } {
  let total: Decimal = new Decimal(0);
  let counted = 0;
  let leftOut = 0;
  for (const conversion of conversions) {
    if (conversion.converted === null) leftOut += 1;
    else {
      total = total.plus(conversion.converted);
      counted += 1;
    }
  }
  return { total: total.toFixed(), counted, leftOut };
}

/** A converted figure or total as shown: to the cent, half away from zero. */
export function toCents(value: string): string {
  return new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
}
