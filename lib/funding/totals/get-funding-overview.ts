/**
 * The support list's funding overview: for the entries its filters select, totals per region and per agency
 * (each per currency and in the reporting currency), and the whole; counted as counting.ts says, in three queries.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { supportFilters } from "@/lib/support/list-support";
import { type SupportListQuery, supportListQuery } from "@/lib/validation/support";
import type { FundingTotals } from "./count-funding";
import { loadFundingTotals } from "./funding-totals";

export type FundingOverview = {
  reportingCurrency: string;
  rateMaxAgeDays: number;
  all: FundingTotals;
  byRegion: { region: string; totals: FundingTotals }[];
  byAgency: { agencyId: string; acronym: string; totals: FundingTotals }[];
};

export async function getFundingOverview(db: Queryable, actor: Actor, input: Record<string, unknown> | SupportListQuery): Promise<FundingOverview> {
  assertCan(actor, "support.read");
  const query = supportListQuery.parse(input);
  const funding = await loadFundingTotals(db, supportFilters(query), (row) => ["all", `region:${row.region}`, `agency:${row.agencyId}`], { steps: false });
  const regions = [...new Set(funding.rows.map((row) => row.region))].sort();
  const agencies = new Map(funding.rows.map((row) => [row.agencyId, row.agencyAcronym]));
  return {
    reportingCurrency: funding.reportingCurrency,
    rateMaxAgeDays: funding.rateMaxAgeDays,
    all: funding.of("all"),
    byRegion: regions.map((region) => ({ region, totals: funding.of(`region:${region}`) })),
    byAgency: [...agencies]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([agencyId, acronym]) => ({ agencyId, acronym, totals: funding.of(`agency:${agencyId}`) })),
  };
}
