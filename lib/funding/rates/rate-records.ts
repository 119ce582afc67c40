/** The one place exchange rates are read for a change and shown in a conflict: their columns, snapshot and key clash. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { type ExchangeRate, exchangeRates } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, notFound } from "@/lib/errors";

export const exchangeRateEntity = "exchange_rate";

/** A rate as lib/ hands it out: its key, figure, source and state, no internal columns. */
export type ExchangeRateView = {
  id: string;
  currency: string;
  baseCurrency: string;
  period: ExchangeRate["period"];
  periodStart: string;
  rate: string;
  source: string;
  importId: string | null;
  version: number;
  withdrawn: boolean;
  updatedAt: Date;
};

export const exchangeRateColumns = {
  id: exchangeRates.id,
  currency: exchangeRates.currency,
  baseCurrency: exchangeRates.baseCurrency,
  period: exchangeRates.period,
  periodStart: exchangeRates.periodStart,
  rate: exchangeRates.rate,
  source: exchangeRates.source,
  importId: exchangeRates.importId,
  version: exchangeRates.version,
  deletedAt: exchangeRates.deletedAt,
  updatedAt: exchangeRates.updatedAt,
};

type RateRow = Pick<ExchangeRate, keyof typeof exchangeRateColumns>;

/** "64.5000000000" → "64.5": rates leave lib/ in the form people typed them. */
export function rateText(rate: string): string {
  return rate.includes(".") ? rate.replace(/\.?0+$/, "") : rate;
}

export function exchangeRateView({ deletedAt, ...row }: RateRow): ExchangeRateView {
  return { ...row, rate: rateText(row.rate), withdrawn: deletedAt !== null };
}

/** What the history keeps of a rate. */
export const rateSnapshot = (rate: Pick<ExchangeRateView, "currency" | "baseCurrency" | "period" | "periodStart" | "rate" | "source">) => ({
  currency: rate.currency,
  baseCurrency: rate.baseCurrency,
  period: rate.period,
  periodStart: rate.periodStart,
  rate: rateText(rate.rate),
  source: rate.source,
});

/** The rate to change, locked for the transaction; NOT_FOUND when there is none. */
export async function rateForChange(tx: Queryable, id: string): Promise<ExchangeRateView> {
  const [row] = await tx.select(exchangeRateColumns).from(exchangeRates).where(eq(exchangeRates.id, id)).for("update");
  if (!row) throw notFound();
  return exchangeRateView(row);
}

type RateKey = Pick<ExchangeRateView, "currency" | "baseCurrency" | "period" | "periodStart">;

/** The live rate holding a key, if any. */
export async function liveRateWithKey(tx: Queryable, key: RateKey): Promise<ExchangeRateView | null> {
  const [row] = await tx
    .select(exchangeRateColumns)
    .from(exchangeRates)
    .where(
      and(
        eq(exchangeRates.currency, key.currency),
        eq(exchangeRates.baseCurrency, key.baseCurrency),
        eq(exchangeRates.period, key.period),
        eq(exchangeRates.periodStart, key.periodStart),
        isNull(exchangeRates.deletedAt),
      ),
    );
  return row ? exchangeRateView(row) : null;
}

/** CONFLICT naming the live rate that already holds the key: a second figure for the same period is refused, not added. */
export const keyTaken = (live?: ExchangeRateView) => new AppError("CONFLICT", "exchangeRates.rules.keyTaken", { current: live });

/** Fails with CONFLICT when a live rate holds the key, or when a concurrent write takes it first (the unique index). */
export async function withFreeKey<Result>(tx: Queryable, key: RateKey, write: () => Promise<Result>): Promise<Result> {
  const live = await liveRateWithKey(tx, key);
  if (live) throw keyTaken(live);
  try {
    return await write();
  } catch (error) {
    // The transaction is aborted by then: the live rate cannot be read, only named.
    if (isUniqueViolation(error)) throw keyTaken();
    throw error;
  }
}
