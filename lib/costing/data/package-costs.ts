/**
 * A package's cost and financing gap, year by year, from the costing's stored inputs, through the model (decision
 * 1800): what turning a gap into funding needs reads. The inputs and scenarios are read as the read model reads
 * them (content.ts), so a need's estimate is the gap the costing page shows.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingFinancing, costingScenarios } from "@/db/schema";
import { type FinancingRow, financingGap } from "../financing";
import { costPackage } from "../packages";
import { costingInputsOf, modelScenario, readCostingInputs } from "./content";
import type { CostingRow } from "./records";
import type { ScenarioRow } from "./scenario-records";

/** The package's live scenarios, in the package's order: a withdrawn one is not costed until it is restored. */
async function liveScenarios(db: Queryable, countryCode: string, ids: string[]): Promise<ScenarioRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(costingScenarios)
    .where(and(inArray(costingScenarios.id, ids), eq(costingScenarios.countryCode, countryCode), isNull(costingScenarios.deletedAt)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The package's financing gap for every year of the frame. */
export async function packageFinancingGap(db: Queryable, costing: CostingRow, costingPackage: { id: string; scenarioIds: string[] }): Promise<FinancingRow[]> {
  const inputs = costingInputsOf(await readCostingInputs(db, costing));
  const scenarios = await liveScenarios(db, costing.countryCode, costingPackage.scenarioIds);
  const sources = await db
    .select({ year: costingFinancing.year, kind: costingFinancing.kind, amount: costingFinancing.amount })
    .from(costingFinancing)
    .where(eq(costingFinancing.packageId, costingPackage.id))
    .orderBy(asc(costingFinancing.year));
  const { rows } = costPackage(inputs, scenarios.map(modelScenario));
  return financingGap(rows, sources);
}
