/**
 * The country report's results (issue 19): each indicator the country follows that the reader may read, with its
 * baseline, targets and latest accepted total value, read through the results' own read (getCountryResults), so the
 * report shows a reader what the results page would. No indicator the reader may read: no section.
 */
import type { CountryIndicatorView } from "@/lib/results/read-country-indicators";

export type ReportIndicator = {
  id: string;
  code: string;
  name: CountryIndicatorView["indicator"]["name"];
  unit: CountryIndicatorView["indicator"]["unit"];
  direction: CountryIndicatorView["indicator"]["direction"];
  baseline: { value: string; year: number } | null;
  targets: { year: number; value: string }[];
  /** The accepted total value of the period that ends last. */
  latest: { period: string; value: string; source: string } | null;
};

export function reportResults(indicators: CountryIndicatorView[]): ReportIndicator[] | null {
  if (indicators.length === 0) return null;
  return indicators.map((followed) => {
    const latest = followed.values
      .filter((value) => value.sex === "total")
      .reduce<CountryIndicatorView["values"][number] | null>(
        (last, value) => (last === null || value.periodEnd > last.periodEnd || (value.periodEnd === last.periodEnd && value.periodStart > last.periodStart) ? value : last),
        null,
      );
    return {
      id: followed.id,
      code: followed.indicator.code,
      name: followed.indicator.name,
      unit: followed.indicator.unit,
      direction: followed.indicator.direction,
      baseline: followed.baseline ? { value: followed.baseline.value, year: followed.baseline.year } : null,
      targets: followed.targets,
      latest: latest ? { period: latest.period, value: latest.value, source: latest.source } : null,
    };
  });
}
