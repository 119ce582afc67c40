/**
 * Countries' flows summed per currency, in total and per step served, as the database keeps them (`flow_sums`,
 * migration 0027, decision 2560): for a page that shows exact sums of many countries and converts nothing (the
 * cross-country summary), which so reads one row per country, step and currency, not every transaction. The triggers
 * count as every total is counted (counting.ts: a live member's pass-through left out; the steps an entry serves are
 * the one it targets and those of the live needs it answers), so a country's sums here are those its support page
 * counts from its flows.
 */
import { inArray, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { flowSums } from "@/db/schema";
import { normalizeAmount } from "@/lib/support/money";
import type { CurrencyTotals } from "./count-funding";

export type CountryFlowSums = {
  /** The country's flows per currency, each entry once. */
  all: CurrencyTotals[];
  /** Per step, the flows of the entries serving it. */
  byStep: Map<string, CurrencyTotals[]>;
};

const none = (): CountryFlowSums => ({ all: [], byStep: new Map() });

/** The kept sums of the countries named (of every country without `countryCodes`), each country's currencies in order. */
export async function loadFlowSums(db: Queryable, countryCodes?: readonly string[]): Promise<Map<string, CountryFlowSums>> {
  const sums = new Map<string, CountryFlowSums>();
  if (countryCodes?.length === 0) return sums;
  const rows = await db
    .select()
    .from(flowSums)
    .where(countryCodes ? inArray(flowSums.countryCode, [...countryCodes]) : undefined)
    .orderBy(flowSums.currency);
  for (const { countryCode, countryStepId, currency, pledged, committed, disbursed, spent } of rows) {
    const ofCountry = sums.get(countryCode) ?? none();
    sums.set(countryCode, ofCountry);
    // In the canonical form the other totals write ("150000.5", not "150000.5000").
    const figures: CurrencyTotals = {
      currency,
      pledged: normalizeAmount(pledged),
      committed: normalizeAmount(committed),
      disbursed: normalizeAmount(disbursed),
      spent: normalizeAmount(spent),
    };
    if (countryStepId === null) ofCountry.all.push(figures);
    else {
      const ofStep = ofCountry.byStep.get(countryStepId) ?? [];
      ofCountry.byStep.set(countryStepId, ofStep);
      ofStep.push(figures);
    }
  }
  return sums;
}

/**
 * Takes the flow sums' locks of these countries, in one order, until the transaction ends (`lock_flow_sums`, migration
 * 0029): what a write touching several countries in several statements does before its first, so that two such writes
 * never each hold a country the other waits for. The triggers' own locks are then already held.
 */
export async function lockFlowSums(tx: Queryable, countryCodes: Iterable<string>): Promise<void> {
  const codes = [...new Set(countryCodes)];
  if (codes.length === 0) return;
  await queryRows(tx, sql`select lock_flow_sums(array[${sql.join(codes.map((code) => sql`${code}`), sql`, `)}]::char(2)[])`);
}
