/**
 * The financing gap of a package, year by year: its cost less the financing found for it (reallocated spending,
 * new revenue, contributions, external support). The gap is never negative: financing beyond the cost is a surplus.
 */
import { financingKinds } from "@/db/schema/values";
import { Decimal, figureText, readFigure } from "./decimal";
import type { PackageRow } from "./packages";

export type FinancingKind = (typeof financingKinds)[number];

/** An amount of one kind of financing for one year, in the costing's currency. */
export type FinancingSource = { year: number; kind: FinancingKind; amount: string };

export type FinancingProblem = { code: "costUnknown" | "invalidFinancingAmount"; year: number };

export type FinancingRow = {
  year: number;
  cost: string | null;
  /** Every source of the year added up, and by kind ("0" for a kind with none). */
  financing: string | null;
  byKind: Record<FinancingKind, string | null>;
  /** Cost not covered: cost − financing when positive, else "0". */
  uncovered: string | null;
  /** Financing beyond the cost: financing − cost when positive, else "0". Kept apart so a gap is never shown negative. */
  surplus: string | null;
  problems: FinancingProblem[];
};

const positivePart = (value: Decimal) => (value.isNegative() ? new Decimal(0) : value);

/**
 * One row per package row. Sources of years the package does not cover are not counted; a source whose amount is
 * not a non-negative decimal makes its kind, the total and the gap of its year null.
 */
export function financingGap(packageRows: PackageRow[], sources: FinancingSource[]): FinancingRow[] {
  return packageRows.map((row) => {
    const problems: FinancingProblem[] = [];
    const byKind = {} as Record<FinancingKind, Decimal | null>;
    for (const kind of financingKinds) byKind[kind] = new Decimal(0);
    for (const source of sources.filter((one) => one.year === row.year)) {
      const amount = readFigure(source.amount);
      if (amount.kind !== "value" || amount.value.isNegative()) {
        byKind[source.kind] = null;
        if (!problems.length) problems.push({ code: "invalidFinancingAmount", year: row.year });
      } else {
        byKind[source.kind] = byKind[source.kind]?.plus(amount.value) ?? null;
      }
    }
    const kinds = Object.values(byKind);
    const financing = kinds.some((value) => value === null) ? null : kinds.reduce((total: Decimal, value) => total.plus(value!), new Decimal(0));
    if (row.totalCost === null) problems.push({ code: "costUnknown", year: row.year });
    const difference = row.totalCost === null || financing === null ? null : new Decimal(row.totalCost).minus(financing);
    return {
      year: row.year,
      cost: row.totalCost,
      financing: financing === null ? null : figureText(financing),
      byKind: Object.fromEntries(financingKinds.map((kind) => [kind, byKind[kind] === null ? null : figureText(byKind[kind])])) as Record<FinancingKind, string | null>,
      uncovered: difference === null ? null : figureText(positivePart(difference)),
      surplus: difference === null ? null : figureText(positivePart(difference.negated())),
      problems,
    };
  });
}
