/**
 * The costing model's speed: a package of 20 benefit scenarios over the longest horizon (15 years after the base,
 * 16 yearly rows) from single-age population figures (101 ages × 2 sexes × 16 years), each run on inputs read
 * afresh, as a page reads them from the database; and reading the same population from CSV. Prints the median and
 * p95 of 30 runs after a warm-up. No assertion: figures go to docs/performance.md.
 *
 *   npm run bench:costing
 *   COSTING_RUNS=100 npm run bench:costing
 */
import { costPackage } from "../lib/costing/packages";
import { parsePopulationCsv } from "../lib/costing/population-csv";
import { childBenefit, costingInputs } from "../lib/costing/test-inputs";
import type { BenefitScenario, CostingInputs } from "../lib/costing/types";

const runs = Number(process.env.COSTING_RUNS ?? 30);
const baseYear = 2025;
const horizonYear = 2040;

const inputs = costingInputs({ baseYear, horizonYear });
// Figures with decimals, as real ones have, so the arithmetic is not all small integers.
inputs.population = inputs.population.map((figure, index) => ({ ...figure, population: `${250_000 + (index % 977) * 131}.${index % 10}` }));
inputs.years = inputs.years.map((year, index) => ({ ...year, gdp: `${1_234_567_890_123 + index * 98_765_432_109}.25`, inflation: `0.0${3 + (index % 5)}1` }));

// Every kind of target, benefit and convention, in turn; ages that split no group and ages over the open group.
const scenarios: BenefitScenario[] = Array.from({ length: 20 }, (_, index) => {
  const benefits: BenefitScenario["benefit"][] = [
    { kind: "monthly_amount", amount: `${400 + index * 25}.50`, indexation: "inflation" },
    { kind: "poverty_line_share", share: "0.4" },
    { kind: "gdp_per_head_share", share: "0.15" },
    { kind: "monthly_amount", amount: "1000", indexation: "none" },
  ];
  return childBenefit({
    id: `scenario-${index}`,
    targetGroup: index % 5 === 4 ? { kind: "mothers_of_newborns", eligibleShare: "0.95" } : { kind: "ages", ageFrom: index * 4, ageTo: index % 3 ? index * 4 + 10 : null, sex: (["all", "female", "male"] as const)[index % 3]!, eligibleShare: "0.8" },
    benefit: benefits[index % 4]!,
    takeUp: { startShare: "0.3", targetShare: "0.95", targetYear: baseYear + 3 + (index % 10) },
    administrativeCost: { convention: index % 2 ? "share_of_total" : "on_top_of_benefits", rate: "0.05" },
  });
});

const populationCsv = ["year,sex,age,population", ...inputs.population.map((figure) => `${figure.year},${figure.sex},${figure.ageTo === null ? `${figure.ageFrom}+` : figure.ageFrom},${figure.population}`)].join("\n");

function timed(work: () => unknown): number[] {
  work();
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;
const report = (label: string, values: number[]) => console.log(`${label.padEnd(58)} median ${median(values).toFixed(1)} ms, p95 ${p95(values).toFixed(1)} ms`);

// A copy per run: the model keeps its reading of an inputs object, and a page's request brings a new one.
const copies: CostingInputs[] = Array.from({ length: runs + 1 }, () => structuredClone(inputs));
let copy = 0;
const { rows } = costPackage(inputs, scenarios);
const problems = rows.flatMap((row) => row.problems).filter((problem) => problem.code !== "proRatedAgeGroup");
if (problems.length) throw new Error(`the bench's inputs should cost every year: ${JSON.stringify(problems.slice(0, 3))}`);

console.log(`${scenarios.length} scenarios × ${rows.length} years, ${inputs.population.length} population figures, ${runs} runs`);
report("costPackage (inputs read afresh each run)", timed(() => costPackage(copies[copy++]!, scenarios)));
report("costPackage (the same inputs again)", timed(() => costPackage(inputs, scenarios)));
report(`parsePopulationCsv (${inputs.population.length} rows, ${Math.round(populationCsv.length / 1024)} kB)`, timed(() => parsePopulationCsv(populationCsv)));
