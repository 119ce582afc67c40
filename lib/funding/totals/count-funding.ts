/**
 * Totals from flow rows, pure: per currency (exact, never converted) and in the reporting currency beside them,
 * each amount converted at the rate for its value date. An amount without a usable rate is left out of the
 * converted totals and listed with why, never counted as zero; a pass-through's amounts are left out of both and
 * its entry counted (see counting.ts).
 */
import Decimal from "decimal.js-light";
import { type Conversion, convert, type RateTable, type RateUsed } from "@/lib/funding/conversion";
import { type CountedFlow, countedFlows } from "./counting";
import type { DailyFlow, FlowRow } from "./flows";

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

/** A row as every group it counts in adds it: its amount and its conversion read once, not once per group. */
type CountedRow = { row: FlowRow; amount: Exact; conversion: Conversion; converted: Exact | null };

class Tally {
  perCurrency = new Map<string, Record<CountedFlow, Exact>>();
  /** Converted amounts summed before any rounding, at 40 digits as `sumConverted` sums them, and how many were converted. */
  converted = zeros();
  counted = 0;
  leftOut: LeftOutAmount[] = [];
  rates = new Set<RateUsed>();
  passedOnFrom = new Set<string>();
  passedOnByOthers = new Set<string>();

  add({ row, amount, conversion, converted }: CountedRow) {
    if (row.passedOnFrom) {
      this.passedOnFrom.add(row.entryId);
      return;
    }
    if (row.passedOnByOthers) this.passedOnByOthers.add(row.entryId);
    const sums = this.perCurrency.get(row.currency) ?? zeros();
    sums[row.type] = sums[row.type].plus(amount);
    this.perCurrency.set(row.currency, sums);
    if (converted === null) {
      this.leftOut.push({ entryId: row.entryId, type: row.type, amount: row.amount, currency: row.currency, valueDate: row.valueDate, reason: conversion.missing ?? "no_rate" });
      return;
    }
    this.converted[row.type] = this.converted[row.type].plus(converted);
    this.counted += 1;
    // The table's rate objects, one per rate: a set of them lists each rate used once.
    if (conversion.rate) this.rates.add(conversion.rate);
  }

  /** A day's sum (`countDailyFunding`): converted at the day's rate, or left out, its transactions then listed by `addLeftOut`. */
  addDay(day: DailyFlow, amount: Exact, conversion: Conversion, converted: Exact | null) {
    if (day.entryId && day.passedOnFrom) {
      this.passedOnFrom.add(day.entryId);
      return;
    }
    if (day.entryId && day.passedOnByOthers) this.passedOnByOthers.add(day.entryId);
    const sums = this.perCurrency.get(day.currency) ?? zeros();
    sums[day.type] = sums[day.type].plus(amount);
    this.perCurrency.set(day.currency, sums);
    if (converted === null) return;
    this.converted[day.type] = this.converted[day.type].plus(converted);
    this.counted += day.transactions;
    if (conversion.rate) this.rates.add(conversion.rate);
  }

  addLeftOut(row: FlowRow, reason: LeftOutAmount["reason"]) {
    this.leftOut.push({ entryId: row.entryId, type: row.type, amount: row.amount, currency: row.currency, valueDate: row.valueDate, reason });
  }

  totals(reportingCurrency: string): FundingTotals {
    return {
      perCurrency: [...this.perCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, figures]) => ({ currency, ...texts(figures) })),
      converted: {
        currency: reportingCurrency,
        ...texts(this.converted),
        counted: this.counted,
        leftOut: this.leftOut,
        rates: [...this.rates].sort((a, b) => a.currency.localeCompare(b.currency) || a.periodStart.localeCompare(b.periodStart)),
      },
      passedOnFrom: [...this.passedOnFrom],
      passedOnByOthers: [...this.passedOnByOthers],
    };
  }
}

/**
 * Totals of `rows` per group: `groupsOf` names the groups a row counts in (a step, a country, an agency, a region;
 * an entry serving two steps counts in both, once in the country). Without it, one group "all".
 */
export function countFunding(rows: FlowRow[], table: RateTable, groupsOf: (row: FlowRow) => string[] = () => ["all"]): Map<string, FundingTotals> {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const conversion: Conversion = row.passedOnFrom ? { converted: null, rate: null } : convert(table, { amount: row.amount, currency: row.currency, valueDate: row.valueDate });
    const counted: CountedRow = { row, amount: new Exact(row.amount), conversion, converted: conversion.converted === null ? null : new Exact(conversion.converted) };
    for (const group of new Set(groupsOf(row))) {
      const tally = tallies.get(group) ?? new Tally();
      tally.add(counted);
      tallies.set(group, tally);
    }
  }
  return new Map([...tallies].map(([group, tally]) => [group, tally.totals(table.reportingCurrency)]));
}

/** The days (value date and currency) of `days` whose amounts have no usable rate: their transactions are listed one by one. */
export function unconvertibleDays(days: DailyFlow[], table: RateTable): { valueDate: string; currency: string }[] {
  const found = new Map<string, { valueDate: string; currency: string }>();
  for (const day of days) {
    if (day.passedOnFrom) continue;
    if (convert(table, { amount: "0", currency: day.currency, valueDate: day.valueDate }).converted === null) {
      found.set(`${day.valueDate} ${day.currency}`, { valueDate: day.valueDate, currency: day.currency });
    }
  }
  return [...found.values()];
}

/**
 * Totals per group, as `countFunding` makes them from every transaction, made from the flows summed per day
 * (`loadDailyFlows`): a day's sum converts at the day's rate, which each of its transactions would (the quotient of
 * the exact sum, not the sum of 40-digit quotients: they agree to far below a cent). `leftOut`: the transactions of
 * the `unconvertibleDays`, one by one, which the totals list. `groupsOf` names the groups of a value date.
 */
export function countDailyFunding(days: DailyFlow[], leftOut: FlowRow[], table: RateTable, groupsOf: (valueDate: string) => string[]): Map<string, FundingTotals> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (group: string) => {
    const tally = tallies.get(group) ?? new Tally();
    tallies.set(group, tally);
    return tally;
  };
  for (const day of days) {
    const conversion: Conversion = day.passedOnFrom ? { converted: null, rate: null } : convert(table, day);
    const amount = new Exact(day.amount);
    const converted = conversion.converted === null ? null : new Exact(conversion.converted);
    for (const group of new Set(groupsOf(day.valueDate))) tallyOf(group).addDay(day, amount, conversion, converted);
  }
  for (const row of leftOut) {
    const reason = convert(table, row).missing ?? "no_rate";
    for (const group of new Set(groupsOf(row.valueDate))) tallyOf(group).addLeftOut(row, reason);
  }
  return new Map([...tallies].map(([group, tally]) => [group, tally.totals(table.reportingCurrency)]));
}

/** Totals of nothing: what a group without a transaction shows. */
export function emptyTotals(reportingCurrency: string): FundingTotals {
  return new Tally().totals(reportingCurrency);
}
