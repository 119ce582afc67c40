/**
 * Funding totals for a page, in three queries whatever its size: the settings and the flows together, then the
 * rate table once for the currencies the flows hold. Callers scope the entries and name the groups they show.
 */
import type { SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { loadRateTable, type RateTable } from "@/lib/funding/conversion";
import { countDailyFunding, countFunding, emptyTotals, type FundingTotals, unconvertibleDays } from "./count-funding";
import { type FlowRow, loadDailyFlows, loadFlows, loadFlowsOfDays } from "./flows";
import { getFundingSettings } from "@/lib/funding/settings";

export type FundingGroups = {
  reportingCurrency: string;
  /** How old a rate may be after its period ends, as the pages state it. */
  rateMaxAgeDays: number;
  /** Totals per group; `of` answers empty totals for a group without transactions. */
  groups: Map<string, FundingTotals>;
  of: (group: string) => FundingTotals;
  rows: FlowRow[];
  table: RateTable;
};

/**
 * `options.perEntry`: the scope holds a few entries (one country's); `options.steps: false`: no group is a step, so the
 * rows' `stepIds` are not read (the needs each entry answers). See `loadFlows`.
 */
export async function loadFundingTotals(
  db: Queryable,
  scope: SQL | undefined,
  groupsOf?: (row: FlowRow) => string[],
  options: { perEntry?: boolean; steps?: boolean } = {},
): Promise<FundingGroups> {
  const [settings, rows] = await Promise.all([getFundingSettings(db), loadFlows(db, scope, options)]);
  const table = await loadRateTable(db, settings, rows.map((row) => row.currency));
  const groups = countFunding(rows, table, groupsOf);
  return {
    reportingCurrency: settings.reportingCurrency,
    rateMaxAgeDays: settings.rateMaxAgeDays,
    groups,
    of: (group) => groups.get(group) ?? emptyTotals(settings.reportingCurrency),
    rows,
    table,
  };
}

/** Totals per group without the rows they were made from: `loadDailyFundingTotals`. */
export type FundingGroupTotals = Omit<FundingGroups, "rows" | "table">;

/**
 * Funding totals grouped by time only (`groupsOf` names a value date's groups: the charts' months), from the flows
 * summed per day in SQL (`loadDailyFlows`, decision 2610) rather than every transaction: the same figures as
 * `loadFundingTotals` with the same groups. The transactions of days without a usable rate are then read one by one,
 * as the totals list them.
 */
export async function loadDailyFundingTotals(db: Queryable, scope: SQL | undefined, groupsOf: (valueDate: string) => string[]): Promise<FundingGroupTotals> {
  const [settings, days] = await Promise.all([getFundingSettings(db), loadDailyFlows(db, scope)]);
  const table = await loadRateTable(db, settings, days.map((day) => day.currency));
  const leftOut = await loadFlowsOfDays(db, scope, unconvertibleDays(days, table));
  const groups = countDailyFunding(days, leftOut, table, groupsOf);
  return {
    reportingCurrency: settings.reportingCurrency,
    rateMaxAgeDays: settings.rateMaxAgeDays,
    groups,
    of: (group) => groups.get(group) ?? emptyTotals(settings.reportingCurrency),
  };
}
