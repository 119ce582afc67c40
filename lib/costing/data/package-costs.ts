/**
 * A package's cost and financing gap, year by year, from the costing's stored inputs, through the model (decision
 * 1800): what turning a gap into funding needs reads. getCosting (the read model, branch i18-inputs) is not on main
 * yet; when it is, `readCostingInputs` gives way to it.
 */
import { and, asc, between, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingFinancing, costingPopulation, costingScenarios, costingYears } from "@/db/schema";
import type { financingKinds } from "@/db/schema/values";
import { type FinancingKind, type FinancingRow, financingGap } from "../financing";
import { costPackage } from "../packages";
import type { BenefitScenario, CostingInputs } from "../types";
import type { CostingRow } from "./records";
import type { ScenarioRow } from "./scenario-records";

/** The costing's inputs within its frame, as the model takes them. */
export async function readCostingInputs(db: Queryable, costing: CostingRow): Promise<CostingInputs> {
  const inFrame = (year: typeof costingYears.year | typeof costingPopulation.year) => between(year, costing.baseYear, costing.horizonYear);
  // One after the other: inside a transaction they share one connection, which runs one query at a time.
  const population = await db
    .select({ year: costingPopulation.year, sex: costingPopulation.sex, ageFrom: costingPopulation.ageFrom, ageTo: costingPopulation.ageTo, population: costingPopulation.population })
    .from(costingPopulation)
    .where(and(eq(costingPopulation.countryCode, costing.countryCode), inFrame(costingPopulation.year)));
  const years = await db
    .select({ year: costingYears.year, gdp: costingYears.gdp, governmentExpenditure: costingYears.governmentExpenditure, inflation: costingYears.inflation, povertyLine: costingYears.povertyLine })
    .from(costingYears)
    .where(and(eq(costingYears.countryCode, costing.countryCode), inFrame(costingYears.year)));
  return { baseYear: costing.baseYear, horizonYear: costing.horizonYear, currency: costing.currency, population, years };
}

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
  const inputs = await readCostingInputs(db, costing);
  const scenarios = await liveScenarios(db, costing.countryCode, costingPackage.scenarioIds);
  const sources = await db
    .select({ year: costingFinancing.year, kind: costingFinancing.kind, amount: costingFinancing.amount })
    .from(costingFinancing)
    .where(eq(costingFinancing.packageId, costingPackage.id))
    .orderBy(asc(costingFinancing.year));
  const { rows } = costPackage(inputs, scenarios.map(modelScenario));
  return financingGap(rows, sources.map((source) => ({ ...source, kind: modelFinancingKind[source.kind] })));
}

// TODO(i18-inputs): lib/costing's types still spell kinds in camelCase. Once branch i18-inputs moves them to the
// database's values (db/schema/values.ts), these tables go and stored rows map onto the model as they are. They are
// the one place the two spellings meet.
const modelBenefitKind = { poverty_line_share: "povertyLineShare", gdp_per_head_share: "gdpPerHeadShare" } as const;
const modelConvention = { on_top_of_benefits: "onTopOfBenefits", share_of_total: "shareOfTotal" } as const;
const modelFinancingKind: Record<(typeof financingKinds)[number], FinancingKind> = {
  reallocation: "reallocation",
  new_revenue: "newRevenue",
  contributions: "contributions",
  external: "external",
};

/** A stored scenario as the model costs it; the columns' checks guarantee the figures each kind needs. */
export function modelScenario(scenario: ScenarioRow): BenefitScenario {
  return {
    id: scenario.id,
    targetGroup:
      scenario.targetKind === "ages"
        ? { kind: "ages", ageFrom: scenario.ageFrom ?? 0, ageTo: scenario.ageTo, sex: scenario.sex, eligibleShare: scenario.eligibleShare }
        : { kind: "mothersOfNewborns", eligibleShare: scenario.eligibleShare },
    benefit:
      scenario.benefitKind === "monthly_amount"
        ? { kind: "monthlyAmount", amount: scenario.benefitAmount ?? "", indexation: scenario.indexation }
        : { kind: modelBenefitKind[scenario.benefitKind], share: scenario.benefitShare ?? "" },
    takeUp: { startShare: scenario.takeUpStart, targetShare: scenario.takeUpTarget, targetYear: scenario.takeUpYear },
    administrativeCost: { convention: modelConvention[scenario.administrativeConvention], rate: scenario.administrativeRate },
  };
}
