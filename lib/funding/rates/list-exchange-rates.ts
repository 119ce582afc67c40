/**
 * The exchange rate table as people read it: one currency or all, live or withdrawn, newest period first, a counted
 * page at a time; one rate; and a rate's history from the audit log. Rates belong to no country and are public
 * figures, so any signed-in person reads them; their history names people, so only those who manage rates see it.
 */
import { and, asc, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { type CountedPage, pageWindow } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { exchangeRateListSchema, exchangeRatePageSize } from "@/lib/validation/exchange-rates";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { exchangeRateColumns, exchangeRateEntity, type ExchangeRateView, exchangeRateView } from "./rate-records";

export async function listExchangeRates(db: Queryable, actor: Actor, input: unknown): Promise<CountedPage<ExchangeRateView>> {
  void actor; // signed in is enough: the edges pass only a signed-in actor
  const { currency, withdrawn, page: requested } = parseInput(exchangeRateListSchema, input);
  const where = and(currency ? eq(exchangeRates.currency, currency) : undefined, withdrawn ? isNotNull(exchangeRates.deletedAt) : isNull(exchangeRates.deletedAt));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(exchangeRates).where(where);
  const { page, pageCount, offset, limit } = pageWindow(total, requested, exchangeRatePageSize);
  const rows = await db
    .select(exchangeRateColumns)
    .from(exchangeRates)
    .where(where)
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.baseCurrency), desc(exchangeRates.periodStart), asc(exchangeRates.period), asc(exchangeRates.id))
    .limit(limit)
    .offset(offset);
  return { rows: rows.map(exchangeRateView), total, page, pageSize: exchangeRatePageSize, pageCount };
}

/** The currencies that have live rates, for the list's filter. */
export async function listRateCurrencies(db: Queryable): Promise<string[]> {
  const rows = await db.selectDistinct({ currency: exchangeRates.currency }).from(exchangeRates).where(isNull(exchangeRates.deletedAt)).orderBy(asc(exchangeRates.currency));
  return rows.map((row) => row.currency);
}

const idSchema = z.uuid();

export async function getExchangeRate(db: Queryable, actor: Actor, id: unknown): Promise<ExchangeRateView> {
  void actor;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound();
  const [row] = await db.select(exchangeRateColumns).from(exchangeRates).where(eq(exchangeRates.id, parsed.data));
  if (!row) throw notFound();
  return exchangeRateView(row);
}

export async function listExchangeRateHistory(db: Queryable, actor: Actor, input: { id: unknown; page?: unknown }): Promise<CountedPage<HistoryEntry>> {
  assertCan(actor, "exchangeRate.manage");
  const rate = await getExchangeRate(db, actor, input.id);
  return readHistory(db, null, and(eq(auditLog.entityType, exchangeRateEntity), eq(auditLog.entityId, rate.id)), input.page);
}
