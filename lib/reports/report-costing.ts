/**
 * The country report's costing (key step 6): the frame, each live package's cost and share of GDP in the base,
 * middle and horizon years, and the latest version validated at a national dialogue, read through the costing's
 * own read model (getCosting) so the report shows a reader what the costing page would. A costing the reader may not
 * read, or one without a frame, gives the report nothing: no section at all.
 */
import type { CostingView } from "@/lib/costing/data/get-costing";
import type { CostingFrame } from "@/lib/costing/data/content";

export type ReportCostingYear = { year: number; totalCost: string | null; shareOfGdp: string | null };

export type ReportCosting = {
  frame: CostingFrame;
  /** The years shown, in order: the base, middle and horizon years, each once. */
  years: number[];
  packages: { id: string; name: string; years: ReportCostingYear[] }[];
  /** The latest validated version: its number and the date of the dialogue that validated it. */
  latestVersion: { number: number; validatedOn: string } | null;
  /** Whether the draft differs from that version; null when none was validated. */
  changedSinceValidated: boolean | null;
};

/**
 * The base, middle and horizon years. A frame of up to 16 years of 14-digit amounts and their shares does not fit an
 * A4 page's width; the start, the half-way point of the roll-out and the horizon (the year the cross-country view
 * compares) tell its course, and the costing page holds every year.
 */
export function reportedYears(frame: Pick<CostingFrame, "baseYear" | "horizonYear">): number[] {
  const middle = frame.baseYear + Math.floor((frame.horizonYear - frame.baseYear) / 2);
  return [...new Set([frame.baseYear, middle, frame.horizonYear])];
}

export function reportCosting(costing: CostingView): ReportCosting | null {
  if (!costing.readable || !costing.frame) return null;
  const years = reportedYears(costing.frame);
  const [latest] = costing.versions;
  return {
    frame: costing.frame,
    years,
    packages: costing.packages.map((costingPackage) => ({
      id: costingPackage.id,
      name: costingPackage.name,
      years: years.map((year) => {
        const row = costingPackage.rows.find((candidate) => candidate.year === year);
        return { year, totalCost: row?.totalCost ?? null, shareOfGdp: row?.shareOfGdp ?? null };
      }),
    })),
    latestVersion: latest ? { number: latest.number, validatedOn: latest.validatedOn } : null,
    changedSinceValidated: costing.changedSinceValidated,
  };
}
