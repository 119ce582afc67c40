/**
 * The results across countries as the table and the map order and class them: sorted by country, value or period,
 * and cut into a few ranges of value for the map's sequential scale. Pure, so server components and tests share it.
 */
import type { IndicatorUnit } from "@/db/schema/values";
import type { LatestCountryValue } from "@/lib/results/indicator-across-countries";
import type { ResultsAcrossSort } from "@/lib/validation/results-across";

type Unit = IndicatorUnit;
export type AcrossRow = LatestCountryValue & { name: string };

/** Percentages in fifths: the same classes for every series, so two maps of coverage read alike. */
export const percentBreaks = [20, 40, 60, 80] as const;

/**
 * A break people can read: two significant figures, rounded down (1,234,567 → 1,200,000), so that the value it was
 * taken from still falls at or above it, in the class the break opens.
 */
function roughly(value: number): number {
  if (value <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.floor(value / scale) * scale;
}

/**
 * Where the map's classes change. Percentages in fifths; counts have no natural scale, so they are cut at their
 * quintiles, rounded down, each break above the smallest value so that no class starts empty by construction.
 */
export function valueBreaks(unit: Unit, values: number[]): number[] {
  if (unit === "percent") return [...percentBreaks];
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks = [1, 2, 3, 4].map((fifth) => roughly(sorted[Math.floor((fifth * sorted.length) / 5)]!));
  return [...new Set(breaks)].filter((edge) => edge > sorted[0]!).sort((a, b) => a - b);
}

/** The rows in the order the table's sort asks, ties by country name; the period by its end, then its start. */
export function sortAcross(rows: AcrossRow[], sort: ResultsAcrossSort, dir: "asc" | "desc", locale: string): AcrossRow[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: AcrossRow, b: AcrossRow) => collator.compare(a.name, b.name);
  const compare: Record<ResultsAcrossSort, (a: AcrossRow, b: AcrossRow) => number> = {
    country: byName,
    value: (a, b) => Number(a.value) - Number(b.value),
    period: (a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart),
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[sort](a, b) || byName(a, b));
}
