/**
 * A package's financing as its form holds it: one cell per kind of every year of the frame, in one fixed order, so
 * that a cell's errors keep its number ("rows.5.amount") with or without JavaScript. A blank cell is none of that
 * kind: it is sent as 0, which the gap counts alike (lib/costing/financing.ts), and 0 without a source shows blank.
 */
import { financingKinds } from "@/db/schema/values";
import type { FinancingKind } from "./financing";

export type FinancingCell = { year: number; kind: FinancingKind; amount: string; source: string };

/** The form's cells, year by year, each kind in its fixed order, filled from what is stored. */
export function financingFormRows(years: number[], stored: { year: number; kind: FinancingKind; amount: string; source: string }[]): FinancingCell[] {
  return years.flatMap((year) =>
    financingKinds.map((kind) => {
      const found = stored.find((row) => row.year === year && row.kind === kind);
      const none = !found || (/^0*(\.0*)?$/.test(found.amount) && found.source === "");
      return { year, kind, amount: none ? "" : found.amount, source: found?.source ?? "" };
    }),
  );
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** The form's submission as `setFinancing` reads it: a blank amount is 0, so every cell sets its year and kind. */
export function financingFromForm(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const rows = (input as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) return input;
  return {
    ...input,
    rows: rows.map((row: unknown) => (typeof row === "object" && row !== null && blank((row as { amount?: unknown }).amount) ? { ...row, amount: "0" } : row)),
  };
}
