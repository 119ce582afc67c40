/**
 * The costing's figures as people read them (decision 1800): exact decimal text rounded for display only, then
 * formatted in the reader's locale. A figure the model could not cost (null) reads as a dash; the row's problems
 * say why (`problemTexts`). Server and client components share these, so every costing screen reads alike.
 */
import type { createFormatter } from "next-intl";
import { roundedForDisplay } from "@/lib/costing/decimal";
import type { CostingProblem } from "@/lib/costing/types";

type Formatter = ReturnType<typeof createFormatter>;

/** What a figure the model could not cost shows. */
export const noFigure = "—";

// Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
const exact = (text: string) => text as unknown as number;

/** An amount in national currency, whole units: "7,236,432,000". The currency is named once, by the table's caption or column. */
export function formatAmount(format: Formatter, text: string | null, places = 0): string {
  return text === null ? noFigure : format.number(exact(roundedForDisplay(text, places)), { maximumFractionDigits: places, minimumFractionDigits: places });
}

/** A count of persons, whole: "1,435,800". */
export function formatPersons(format: Formatter, text: string | null): string {
  return formatAmount(format, text, 0);
}

/** A fraction as a percentage, two decimals by default: "0.01234" → "1.23 %" (in the locale's own way). */
export function formatShare(format: Formatter, text: string | null, places = 2): string {
  if (text === null) return noFigure;
  return format.number(exact(roundedForDisplay(text, places + 2)), { style: "percent", maximumFractionDigits: places, minimumFractionDigits: places });
}

/** A rate typed as a percentage ("0.035" → "3.5 %"), as many decimals as it has, up to four. */
export function formatRate(format: Formatter, text: string | null): string {
  return text === null ? noFigure : format.number(exact(text), { style: "percent", maximumFractionDigits: 4 });
}

/** Years as a reader scans them: runs of consecutive years joined, "2025–2027, 2030". */
export function yearRuns(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(", ");
}

/**
 * The problems of rows, each kind once, in the order first met, with the years it touches as runs ("2025–2035"):
 * a problem of every year reads as one line, not sixteen.
 */
export function distinctProblems(rows: { problems: CostingProblem[] }[]): { code: CostingProblem["code"]; years: string }[] {
  const byCode = new Map<CostingProblem["code"], number[]>();
  for (const problem of rows.flatMap((row) => row.problems)) byCode.set(problem.code, [...(byCode.get(problem.code) ?? []), problem.year]);
  return [...byCode].map(([code, years]) => ({ code, years: yearRuns(years) }));
}
