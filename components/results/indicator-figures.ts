/**
 * An indicator's figures as people read them: exact decimal text formatted in the reader's locale, as many decimals
 * as it has (up to the four stored). The unit is named once, by the table's column or the chart's axis.
 */
import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

// Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
const exact = (text: string) => text as unknown as number;

export function formatIndicatorFigure(format: Formatter, text: string | null | undefined): string {
  return text === null || text === undefined ? "—" : format.number(exact(text), { maximumFractionDigits: 4 });
}

/** Where a period sits on a time axis, in years: the middle of its first and last day ("2016/17" → 2017). */
export function periodMiddle(periodStart: string, periodEnd: string): number {
  const start = Date.parse(`${periodStart}T00:00:00Z`);
  const end = Date.parse(`${periodEnd}T00:00:00Z`) + 86_400_000;
  const middle = new Date((start + end) / 2);
  const year = middle.getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  return year + (middle.getTime() - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
}
