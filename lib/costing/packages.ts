/**
 * Packages of scenarios (a "low" and a "high" option, say): their costs summed per year, each scenario's part kept
 * for a stacked chart, and packages set side by side.
 */
import { Decimal, figureText } from "./decimal";
import { costScenario } from "./model";
import { prepareInputs } from "./prepared-inputs";
import type { BenefitScenario, CostingInputs, CostingProblem, ScenarioRow } from "./types";

export type PackageProblem = CostingProblem & { scenarioId: string };

/** One scenario's part of a package's year. */
export type ScenarioPart = {
  scenarioId: string;
  totalCost: string | null;
  shareOfGdp: string | null;
  /** Of the package's total cost, as a fraction; null when that total is unknown or zero. */
  shareOfPackage: string | null;
};

/**
 * A package's year. A total is null as soon as one scenario's is: a sum of the known parts would understate the
 * package and read as a real figure.
 */
export type PackageRow = {
  year: number;
  totalCost: string | null;
  shareOfGdp: string | null;
  shareOfGovernmentExpenditure: string | null;
  scenarios: ScenarioPart[];
  problems: PackageProblem[];
};

export type CostedPackage = { rows: PackageRow[]; scenarioRows: Map<string, ScenarioRow[]> };

function sum(values: (string | null)[]): Decimal | null {
  if (values.some((value) => value === null)) return null;
  return values.reduce((total: Decimal, value) => total.plus(value!), new Decimal(0));
}

const share = (part: Decimal | null, whole: Decimal | null) =>
  part === null || whole === null || whole.isZero() ? null : figureText(part.dividedBy(whole));

/**
 * `costed`: rows the caller already costed from the same inputs, by scenario id (a page costs each scenario once, then
 * every package that holds it); a scenario not in it is costed here.
 */
export function costPackage(inputs: CostingInputs, scenarios: BenefitScenario[], costed?: ReadonlyMap<string, ScenarioRow[]>): CostedPackage {
  const prepared = prepareInputs(inputs);
  const scenarioRows = new Map(scenarios.map((scenario) => [scenario.id, costed?.get(scenario.id) ?? costScenario(inputs, scenario)]));
  const rows = prepared.years.map((year, index): PackageRow => {
    const parts = scenarios.map((scenario) => ({ scenarioId: scenario.id, row: scenarioRows.get(scenario.id)![index]! }));
    const total = sum(parts.map(({ row }) => row.totalCost));
    const gdp = prepared.figure(year, "gdp").value;
    const expenditure = prepared.figure(year, "governmentExpenditure").value;
    return {
      year,
      totalCost: total === null ? null : figureText(total),
      // The package's total over the figure, not a sum of the scenarios' shares: one division, one cut.
      shareOfGdp: share(total, gdp),
      shareOfGovernmentExpenditure: share(total, expenditure),
      scenarios: parts.map(({ scenarioId, row }) => ({
        scenarioId,
        totalCost: row.totalCost,
        shareOfGdp: row.shareOfGdp,
        shareOfPackage: share(row.totalCost === null ? null : new Decimal(row.totalCost), total),
      })),
      problems: parts.flatMap(({ scenarioId, row }) => row.problems.map((problem) => ({ ...problem, scenarioId }))),
    };
  });
  return { rows, scenarioRows };
}

export type PackageInComparison = { packageId: string; totalCost: string | null; shareOfGdp: string | null; shareOfGovernmentExpenditure: string | null };
export type ComparisonRow = { year: number; packages: PackageInComparison[] };

/** Packages side by side, year by year, in the order given. */
export function comparePackages(inputs: CostingInputs, packages: { id: string; scenarios: BenefitScenario[] }[]): ComparisonRow[] {
  const costed = packages.map((one) => ({ packageId: one.id, rows: costPackage(inputs, one.scenarios).rows }));
  return prepareInputs(inputs).years.map((year, index) => ({
    year,
    packages: costed.map(({ packageId, rows }) => {
      const row = rows[index]!;
      return { packageId, totalCost: row.totalCost, shareOfGdp: row.shareOfGdp, shareOfGovernmentExpenditure: row.shareOfGovernmentExpenditure };
    }),
  }));
}
