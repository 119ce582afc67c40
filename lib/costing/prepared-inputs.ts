/**
 * A costing's inputs read once for every scenario costed from them: the population table, each year's figures,
 * and the inflation index from the base year. Kept per inputs object, so a package of 20 scenarios reads them once.
 */
import { invalid } from "@/lib/errors";
import { Decimal, readFigure } from "./decimal";
import { type Count, countPersons, type PopulationTable, populationTable } from "./population";
import type { CostingInputs, CostingProblemCode, YearFigures } from "./types";

/** The horizon is at most this many years after the base year (the "up to 15 years"). */
export const maxHorizonYears = 15;

type FigureName = "gdp" | "governmentExpenditure" | "inflation" | "povertyLine";
const problemCodes: Record<FigureName, { missing: CostingProblemCode; invalid: CostingProblemCode }> = {
  gdp: { missing: "missingGdp", invalid: "invalidGdp" },
  governmentExpenditure: { missing: "missingGovernmentExpenditure", invalid: "invalidGovernmentExpenditure" },
  inflation: { missing: "missingInflation", invalid: "invalidInflation" },
  povertyLine: { missing: "missingPovertyLine", invalid: "invalidPovertyLine" },
};

export type PreparedInputs = {
  inputs: CostingInputs;
  years: number[];
  table: PopulationTable;
  /** A year's figure, or null and the problem saying why. */
  figure: (year: number, name: FigureName) => Count;
  /** The price level of a year with the base year's at 1: the product of (1 + inflation) over the years after the base. */
  priceIndex: (year: number) => Count;
  /** Everyone of the year, both sexes, every age: the denominator of GDP per head. */
  totalPopulation: (year: number) => Count;
};

// Inputs are values: a changed costing is a new object, so a cached reading is never stale.
const prepared = new WeakMap<CostingInputs, PreparedInputs>();

export function prepareInputs(inputs: CostingInputs): PreparedInputs {
  const known = prepared.get(inputs);
  if (known) return known;
  const { baseYear, horizonYear } = inputs;
  if (!Number.isInteger(baseYear) || !Number.isInteger(horizonYear) || horizonYear < baseYear || horizonYear - baseYear > maxHorizonYears) {
    throw invalid({ horizonYear: "costingRules.horizonRange" });
  }
  const years = Array.from({ length: horizonYear - baseYear + 1 }, (_, index) => baseYear + index);
  const byYear = new Map<number, YearFigures>(inputs.years.map((figures) => [figures.year, figures]));
  const table = populationTable(inputs.population);

  const figure = (year: number, name: FigureName): Count => {
    const read = readFigure(byYear.get(year)?.[name]);
    if (read.kind === "value") return { value: read.value, problems: [] };
    return { value: null, problems: [{ code: problemCodes[name][read.kind], year }] };
  };

  // Built forward from the base year: a missing rate breaks the chain for that year and every later one.
  const priceIndexes = new Map<number, Count>();
  let index: Count = { value: new Decimal(1), problems: [] };
  for (const year of years) {
    if (year > baseYear && index.value !== null) {
      const rate = figure(year, "inflation");
      index = rate.value === null ? rate : { value: index.value.times(rate.value.plus(1)), problems: [] };
    }
    priceIndexes.set(year, index);
  }

  const totals = new Map<number, Count>();
  const totalPopulation = (year: number): Count => {
    const total = totals.get(year) ?? countPersons(table, year, "all", 0, null);
    totals.set(year, total);
    return total;
  };

  const result: PreparedInputs = { inputs, years, table, figure, priceIndex: (year) => priceIndexes.get(year)!, totalPopulation };
  prepared.set(inputs, result);
  return result;
}
