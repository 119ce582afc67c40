/**
 * Replaces a country's population figures of some years, whatever way they came (a CSV file, a year typed in): the
 * years named lose every stored figure, then take the new ones. Returns the rows per year before and after, which
 * the audit entry keeps (the figures themselves would make an entry as large as the file).
 */
import { and, count, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { costingPopulation } from "@/db/schema";
import type { PopulationFigure } from "../types";

/** Rows per insert: six parameters each, well under PostgreSQL's 65,535 per statement. */
const batchSize = 1000;

export type RowsByYear = Record<string, number>;

export async function replacePopulation(tx: Transaction, countryCode: string, years: number[], figures: PopulationFigure[]): Promise<{ before: RowsByYear; after: RowsByYear }> {
  const counted = await tx
    .select({ year: costingPopulation.year, rows: count() })
    .from(costingPopulation)
    .where(and(eq(costingPopulation.countryCode, countryCode), inArray(costingPopulation.year, years)))
    .groupBy(costingPopulation.year);
  const before: RowsByYear = Object.fromEntries(years.map((year) => [year, 0]));
  for (const { year, rows } of counted) before[year] = Number(rows);
  const after: RowsByYear = Object.fromEntries(years.map((year) => [year, 0]));
  for (const figure of figures) after[figure.year]! += 1;
  await tx.delete(costingPopulation).where(and(eq(costingPopulation.countryCode, countryCode), inArray(costingPopulation.year, years)));
  for (let start = 0; start < figures.length; start += batchSize) {
    await tx.insert(costingPopulation).values(figures.slice(start, start + batchSize).map((figure) => ({ countryCode, ...figure })));
  }
  return { before, after };
}
