/**
 * The live exchange rates as CSV or XLSX, in the layout the rate import reads (decision 2100): headed by Socle's
 * column keys in every language, so a file downloaded, edited and uploaded again updates what changed. Optionally
 * one currency. Rates are public figures: anyone signed in downloads them.
 */
import { and, asc, count, eq, isNull } from "drizzle-orm";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import { exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { rateText } from "@/lib/funding/rates/rate-records";
import { invalidInput } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/parse";
import { currencySchema, optionalField } from "@/lib/validation/support";
import { type ExportColumn, type ExportRow, type ExportTable, exportBatchSize } from "./tabular";

/** No label: the header is the key, as the import reads it. */
export const exchangeRateColumns: ExportColumn[] = [
  { key: "currency", type: "choice", width: 10 },
  { key: "base_currency", type: "choice", width: 14 },
  { key: "period", type: "choice", width: 8 },
  { key: "period_start", type: "date", width: 12 },
  { key: "rate", type: "amount", width: 18 },
  { key: "source", type: "text", width: 40 },
];

const query = z.object({ currency: optionalField(currencySchema) });

export async function exportExchangeRates(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<{ rowCount: number; table: ExportTable }> {
  void actor; // signed in is enough: the edge passes only a signed-in actor
  const parsed = query.safeParse(input);
  if (!parsed.success) throw invalidInput(fieldErrorsOf(parsed.error));
  const where = and(isNull(exchangeRates.deletedAt), parsed.data.currency ? eq(exchangeRates.currency, parsed.data.currency) : undefined);
  const [{ rowCount } = { rowCount: 0 }] = await db.select({ rowCount: count() }).from(exchangeRates).where(where);
  async function* batches(): AsyncGenerator<ExportRow[]> {
    for (let offset = 0; offset < rowCount; offset += exportBatchSize) {
      const rows = await db
        .select()
        .from(exchangeRates)
        .where(where)
        .orderBy(asc(exchangeRates.currency), asc(exchangeRates.baseCurrency), asc(exchangeRates.periodStart), asc(exchangeRates.period), asc(exchangeRates.id))
        .limit(exportBatchSize)
        .offset(offset);
      if (rows.length === 0) return;
      yield rows.map((rate) => ({ currency: rate.currency, base_currency: rate.baseCurrency, period: rate.period, period_start: rate.periodStart, rate: rateText(rate.rate), source: rate.source }));
    }
  }
  return { rowCount, table: { name: "exchange-rates", columns: exchangeRateColumns, batches: batches() } };
}
