/**
 * Replaces a country's population figures of some years, whatever way they came (a CSV file, a year typed in): the
 * years named lose every stored figure, then take the new ones; the change is counted and audited with the rows per
 * year before and after (the figures themselves would make an entry as large as the file).
 */
import { and, count, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { costingPopulation } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { PopulationFigure } from "../types";
import { recordCostingChange } from "./costing-change";

/** Rows per insert: six parameters each, well under PostgreSQL's 65,535 per statement. */
const batchSize = 1000;

export type RowsByYear = Record<string, number>;

/** `details` says where the figures came from, for the audit entry. Returns the costing's new version. */
export async function replacePopulation(
  tx: Transaction,
  actor: Actor,
  change: { countryCode: string; years: number[]; figures: PopulationFigure[]; details: Record<string, unknown> },
): Promise<number> {
  const { countryCode, years, figures } = change;
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
  return recordCostingChange(tx, actor, countryCode, {
    action: "costing.population",
    before: { rowsByYear: before },
    after: { ...change.details, years, rowsByYear: after },
  });
}
