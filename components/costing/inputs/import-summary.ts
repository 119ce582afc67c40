/**
 * What a population import did, or found in a refused file. Done: carried in the address it leads to
 * (`?done=imported&years=…`), the years replaced as ranges ("2025-2030,2035"), the rows read and the rows for both
 * sexes left out; the page shows only what it reads back as such, so a hand-typed address shows nothing odd.
 * Refused: the problems of cells, which the form lists by line.
 */

export type ImportSummary = { years: string | null; rows: number; ignoredLines: number };

/** Beyond this, the years are left out of the address (a file of scattered years) and the notice says the rest. */
const maxYearsText = 300;
const yearRanges = /^\d{4}(-\d{4})?(,\d{4}(-\d{4})?)*$/;
const count = /^\d{1,6}$/;

/** Sorted years as ranges of consecutive years: [2025, 2026, 2027, 2030] → "2025-2027,2030". */
export function yearRangesOf(years: number[]): string {
  const ranges: [number, number][] = [];
  for (const year of years) {
    const last = ranges.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([from, to]) => (from === to ? String(from) : `${from}-${to}`)).join(",");
}

export function importSummaryQuery(result: { years: number[]; rows: number; ignoredLines: number }): string {
  const years = yearRangesOf(result.years);
  const query = new URLSearchParams({ rows: String(result.rows), ignored: String(result.ignoredLines) });
  if (years.length <= maxYearsText) query.set("years", years);
  return query.toString();
}

/** The summary an address carries, or null when it carries none that reads as one. */
export function importSummaryOf(query: Record<string, string | string[] | undefined>): ImportSummary | null {
  const { years, rows, ignored } = query;
  if (typeof rows !== "string" || !count.test(rows) || typeof ignored !== "string" || !count.test(ignored)) return null;
  const readable = typeof years === "string" && years.length <= maxYearsText && yearRanges.test(years);
  return { years: readable ? years.replaceAll("-", "–").replaceAll(",", ", ") : null, rows: Number(rows), ignoredLines: Number(ignored) };
}

const columns = ["year", "sex", "age", "population"] as const;
export type LineProblem = { line: number; column: (typeof columns)[number]; message: string };

/** A refused file's problems of cells, from the form's field errors ("lines.12.population"), by line then column. */
export function lineProblems(fieldErrors: Record<string, string> | undefined): LineProblem[] {
  return Object.entries(fieldErrors ?? {})
    .flatMap(([name, message]) => {
      const match = /^lines\.(\d{1,6})\.(year|sex|age|population)$/.exec(name);
      return match ? [{ line: Number(match[1]), column: match[2] as LineProblem["column"], message }] : [];
    })
    .sort((a, b) => a.line - b.line || columns.indexOf(a.column) - columns.indexOf(b.column));
}
