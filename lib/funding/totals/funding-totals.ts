/**
 * Funding totals for a page, in three queries whatever its size: the settings and the flows together, then the
 * rate table once for the currencies the flows hold. Callers scope the entries and name the groups they show.
 */
import type { SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { loadRateTable, type RateTable } from "@/lib/funding/conversion";
import { countFunding, emptyTotals, type FundingTotals } from "./count-funding";
import { type FlowRow, loadFlows } from "./flows";
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
