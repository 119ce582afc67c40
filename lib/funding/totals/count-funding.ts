/**
 * Totals from flow rows, pure: per currency (exact, never converted) and in the reporting currency beside them,
 * each amount converted at the rate for its value date. An amount without a usable rate is left out of the
 * converted totals and listed with why, never counted as zero; a pass-through's amounts are left out of both and
 * its entry counted (see counting.ts).
 */
import Decimal from "decimal.js-light";
import { type RateTable, type RateUsed, type RateVerdict, rateVerdict } from "@/lib/funding/conversion";
import { type CountedFlow, countedFlows } from "./counting";
import type { DailyFlow, DayTransaction, FlowRow } from "./flows";

export type FlowFigures = Record<CountedFlow, string>;

export type CurrencyTotals = FlowFigures & { currency: string };

/** An amount the converted totals leave out, and why. */
export type LeftOutAmount = { entryId: string; type: CountedFlow; amount: string; currency: string; valueDate: string; reason: "no_rate" | "too_old" };

export type ConvertedTotals = FlowFigures & {
  /** The reporting currency. */
  currency: string;
  /** Amounts converted and counted. */
  counted: number;
  leftOut: LeftOutAmount[];
  /** Every rate the figures were converted with, once each, by currency and period. */
  rates: RateUsed[];
};

export type FundingTotals = {
  perCurrency: CurrencyTotals[];
  converted: ConvertedTotals;
  /** Entries left out as pass-throughs of another member's entry (counted at the giver's). */
  passedOnFrom: string[];
  /** Entries here whose money other members pass on (counted here, once). */
  passedOnByOthers: string[];
};

/** Decimals summed before any rounding, at 40 digits: every exact money sum of the funding totals and the support pages. */
export const Exact = Decimal.clone({ precision: 40 });
export type Exact = InstanceType<typeof Exact>;
const zeros = (): Record<CountedFlow, Exact> => ({ pledged: new Exact(0), committed: new Exact(0), disbursed: new Exact(0), spent: new Exact(0) });
const texts = (sums: Record<CountedFlow, Exact>): FlowFigures => Object.fromEntries(countedFlows.map((flow) => [flow, sums[flow].toFixed()])) as FlowFigures;

/**
 * What a flow (a transaction, or a day's sum of them) adds to a group: its currency, type and exact amount, and the
 * rate it converts with (read once per currency and day, not once per row and group).
 */
type Counted = { currency: string; type: CountedFlow; amount: Exact; transactions: number; verdict: RateVerdict };

/** Rates looked up once per currency and value date: every amount of that day converts with the same. */
function verdicts(table: RateTable) {
  const known = new Map<string, RateVerdict>();
  return (currency: string, valueDate: string) => {
    const key = `${currency} ${valueDate}`;
    let verdict = known.get(key);
    if (!verdict) {
      verdict = rateVerdict(table, currency, valueDate);
      known.set(key, verdict);
    }
    return verdict;
  };
}

class Tally {
  perCurrency = new Map<string, Record<CountedFlow, Exact>>();
  /**
   * The amounts converted, summed exactly per rate (null: already in the reporting currency) and divided once per rate
   * when the totals are made: the same figure as dividing each amount, to far below a cent, without a division a row.
   */
  byRate = new Map<RateUsed | null, Record<CountedFlow, Exact>>();
  counted = 0;
  leftOut: LeftOutAmount[] = [];
  passedOnFrom = new Set<string>();
  passedOnByOthers = new Set<string>();

  /**
   * `entry`: the entry of a row the counting rule names (a pass-through, or an entry others pass on); `leftOut`: the
   * amount listed when the flow has no usable rate (none for a day's sum: its transactions are listed by `addLeftOut`).
   */
  add(flow: Counted, entry: { id: string; passedOnFrom: boolean; passedOnByOthers: boolean } | null, leftOut: LeftOutAmount | null) {
    if (entry?.passedOnFrom) {
      this.passedOnFrom.add(entry.id);
      return;
    }
    if (entry?.passedOnByOthers) this.passedOnByOthers.add(entry.id);
    const sums = this.perCurrency.get(flow.currency) ?? zeros();
    sums[flow.type] = sums[flow.type].plus(flow.amount);
    this.perCurrency.set(flow.currency, sums);
    const { verdict } = flow;
    if (verdict.missing) {
      if (leftOut) this.leftOut.push(leftOut);
      return;
    }
    // The table's rate objects, one per rate: a map keyed by them lists each rate used once.
    const converted = this.byRate.get(verdict.rate) ?? zeros();
    converted[flow.type] = converted[flow.type].plus(flow.amount);
    this.byRate.set(verdict.rate, converted);
    this.counted += flow.transactions;
  }

  /** A day's amount left out, listed one by one from its transactions (`countDailyFunding`). */
  addLeftOut(amount: LeftOutAmount) {
    this.leftOut.push(amount);
  }

  totals(reportingCurrency: string): FundingTotals {
    const converted = zeros();
    for (const [rate, sums] of this.byRate) {
      for (const flow of countedFlows) converted[flow] = converted[flow].plus(rate ? sums[flow].div(rate.rate) : sums[flow]);
    }
    return {
      perCurrency: [...this.perCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, figures]) => ({ currency, ...texts(figures) })),
      converted: {
        currency: reportingCurrency,
        ...texts(converted),
        counted: this.counted,
        leftOut: this.leftOut,
        rates: [...this.byRate.keys()]
          .filter((rate): rate is RateUsed => rate !== null)
          .sort((a, b) => a.currency.localeCompare(b.currency) || a.periodStart.localeCompare(b.periodStart)),
      },
      passedOnFrom: [...this.passedOnFrom],
      passedOnByOthers: [...this.passedOnByOthers],
    };
  }
}

function tallies() {
  const byGroup = new Map<string, Tally>();
  return {
    of(group: string) {
      let tally = byGroup.get(group);
      if (!tally) {
        tally = new Tally();
        byGroup.set(group, tally);
      }
      return tally;
    },
    totals: (reportingCurrency: string) => new Map([...byGroup].map(([group, tally]) => [group, tally.totals(reportingCurrency)])),
  };
}

/**
 * Totals of `rows` per group: `groupsOf` names the groups a row counts in (a step, a country, an agency, a region;
 * an entry serving two steps counts in both, once in the country). Without it, one group "all".
 */
export function countFunding(rows: FlowRow[], table: RateTable, groupsOf: (row: FlowRow) => string[] = () => ["all"]): Map<string, FundingTotals> {
  const groups = tallies();
  const verdictOf = verdicts(table);
  for (const row of rows) {
    const entry = row.passedOnFrom || row.passedOnByOthers ? { id: row.entryId, passedOnFrom: Boolean(row.passedOnFrom), passedOnByOthers: row.passedOnByOthers } : null;
    const flow: Counted = {
      currency: row.currency,
      type: row.type,
      amount: new Exact(row.amount),
      transactions: 1,
      verdict: row.passedOnFrom ? { rate: null } : verdictOf(row.currency, row.valueDate),
    };
    const { missing } = flow.verdict;
    const leftOut = missing ? { entryId: row.entryId, type: row.type, amount: row.amount, currency: row.currency, valueDate: row.valueDate, reason: missing } : null;
    for (const group of new Set(groupsOf(row))) groups.of(group).add(flow, entry, leftOut);
  }
  return groups.totals(table.reportingCurrency);
}

/** The days (value date and currency) of `days` whose amounts have no usable rate: their transactions are listed one by one. */
export function unconvertibleDays(days: DailyFlow[], table: RateTable): { valueDate: string; currency: string }[] {
  const found = new Map<string, { valueDate: string; currency: string }>();
  for (const day of days) {
    if (!day.passedOnFrom && rateVerdict(table, day.currency, day.valueDate).missing) found.set(`${day.valueDate} ${day.currency}`, { valueDate: day.valueDate, currency: day.currency });
  }
  return [...found.values()];
}

/**
 * Totals per group, as `countFunding` makes them from every transaction, made from the flows summed per day
 * (`loadDailyFlows`): a day's sum converts at the day's rate, as each of its transactions would. `leftOut`: the
 * transactions of the `unconvertibleDays`, one by one, which the totals list. `groupsOf` names the groups of a value date.
 */
export function countDailyFunding(days: DailyFlow[], leftOut: DayTransaction[], table: RateTable, groupsOf: (valueDate: string) => string[]): Map<string, FundingTotals> {
  const groups = tallies();
  const verdictOf = verdicts(table);
  for (const day of days) {
    const entry = day.entryId ? { id: day.entryId, passedOnFrom: day.passedOnFrom, passedOnByOthers: day.passedOnByOthers } : null;
    const flow: Counted = {
      currency: day.currency,
      type: day.type,
      amount: new Exact(day.amount),
      transactions: day.transactions,
      verdict: day.passedOnFrom ? { rate: null } : verdictOf(day.currency, day.valueDate),
    };
    // A day's amounts left out are listed from its transactions, below.
    for (const group of new Set(groupsOf(day.valueDate))) groups.of(group).add(flow, entry, null);
  }
  for (const row of leftOut) {
    const reason = verdictOf(row.currency, row.valueDate).missing ?? "no_rate";
    const amount: LeftOutAmount = { ...row, reason };
    for (const group of new Set(groupsOf(row.valueDate))) groups.of(group).addLeftOut(amount);
  }
  return groups.totals(table.reportingCurrency);
}

/** Totals of nothing: what a group without a transaction shows. */
export function emptyTotals(reportingCurrency: string): FundingTotals {
  return new Tally().totals(reportingCurrency);
}
