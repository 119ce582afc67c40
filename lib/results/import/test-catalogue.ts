/** The catalogue the readers' unit tests map against: every SDG 1.3.1 series (percentages) and a national count. */
import type { KnownIndicator } from "./indicator-file";

const sdgSeries = ["BENFTS", "CHLD", "MATNL", "DISAB", "UEMP", "PENSN", "POOR", "VULN", "WKINJRY", "SOCAST", "SOCINS", "LMKT"];
export const sdgCatalogue: KnownIndicator[] = [
  ...sdgSeries.map((series) => ({ code: `SI_COV_${series}`, unit: "percent" as const })),
  ...["SOCAST", "SOCINS", "LMKT"].map((series) => ({ code: `SI_COV_${series}PQ`, unit: "percent" as const })),
];

export const encode = (text: string) => new TextEncoder().encode(text);
