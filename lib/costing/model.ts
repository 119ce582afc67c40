/**
 * Costs one benefit scenario year by year, from the base year to the horizon, as the ILO's Rapid Assessment
 * Protocol does (`../shared/SPF-DOMAIN-2.md` §3; the formulas are in decision 1800):
 *   beneficiaries = population of the target group × eligible share × take-up
 *   total cost    = beneficiaries × annual benefit × (1 + admin rate), or ÷ (1 − admin rate)
 * Pure and exact: no database, decimal arithmetic, a missing or zero figure gives null and a problem, never NaN.
 */
import { Decimal, figureText, readFigure } from "./decimal";
import { type Count, countPersons } from "./population";
import { type PreparedInputs, prepareInputs } from "./prepared-inputs";
import type { BenefitScenario, CostingInputs, CostingProblem, ScenarioRow } from "./types";

const months = 12;
const known = (value: Decimal): Count => ({ value, problems: [] });

/** The scenario's own figures read once; any unreadable one makes every row null with `invalidScenarioFigure`. */
function scenarioFigures(scenario: BenefitScenario) {
  const texts = {
    eligibleShare: scenario.targetGroup.eligibleShare,
    level: scenario.benefit.kind === "monthly_amount" ? scenario.benefit.amount : scenario.benefit.share,
    startShare: scenario.takeUp.startShare,
    targetShare: scenario.takeUp.targetShare,
    adminRate: scenario.administrativeCost.rate,
  };
  const figures: Partial<Record<keyof typeof texts, Decimal>> = {};
  for (const [name, text] of Object.entries(texts) as [keyof typeof texts, string][]) {
    const read = readFigure(text);
    if (read.kind !== "value") return null;
    figures[name] = read.value;
  }
  return figures as Record<keyof typeof texts, Decimal>;
}

/** Start share in the base year, target share from the target year on, a straight line between. */
export function takeUpIn(year: number, baseYear: number, path: { start: Decimal; target: Decimal; targetYear: number }): Decimal {
  if (year >= path.targetYear) return path.target;
  // Multiplied before divided, so a step that is a finite decimal (0.3 over 3 years) stays exact.
  return path.start.plus(path.target.minus(path.start).times(year - baseYear).dividedBy(path.targetYear - baseYear));
}

function eligiblePersons(prepared: PreparedInputs, scenario: BenefitScenario, year: number): Count {
  const group = scenario.targetGroup;
  // Mothers of newborns: one per birth, births taken as the population aged 0 of the year (decision 1800).
  if (group.kind === "mothers_of_newborns") return countPersons(prepared.table, year, "all", 0, 0);
  return countPersons(prepared.table, year, group.sex, group.ageFrom, group.ageTo);
}

function annualBenefit(prepared: PreparedInputs, scenario: BenefitScenario, level: Decimal, year: number): Count {
  const benefit = scenario.benefit;
  if (benefit.kind === "monthly_amount") {
    const base = level.times(months);
    if (benefit.indexation === "none") return known(base);
    const index = prepared.priceIndex(year);
    return index.value === null ? index : known(base.times(index.value));
  }
  if (benefit.kind === "poverty_line_share") {
    const line = prepared.figure(year, "povertyLine");
    return line.value === null ? line : known(level.times(line.value));
  }
  const gdp = prepared.figure(year, "gdp");
  const people = prepared.totalPopulation(year);
  if (gdp.value === null || people.value === null) return { value: null, problems: [...gdp.problems, ...people.problems] };
  if (people.value.isZero()) return { value: null, problems: [{ code: "zeroPopulation", year }] };
  return { value: level.times(gdp.value).dividedBy(people.value), problems: people.problems };
}

/** Total cost as a share of a year's figure: null when the figure is missing or zero. */
function shareOf(prepared: PreparedInputs, total: Decimal | null, year: number, name: "gdp" | "governmentExpenditure"): Count {
  const figure = prepared.figure(year, name);
  if (figure.value === null) return figure;
  if (figure.value.isZero()) return { value: null, problems: [{ code: name === "gdp" ? "zeroGdp" : "zeroGovernmentExpenditure", year }] };
  return total === null ? { value: null, problems: [] } : known(total.dividedBy(figure.value));
}

const text = (value: Decimal | null) => (value === null ? null : figureText(value));

/** Each problem once, in the order met. */
function distinct(problems: CostingProblem[]): CostingProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code}|${problem.year}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** One row per year from the base year to the horizon. Throws INVALID when the horizon is not 0–15 years after the base. */
export function costScenario(inputs: CostingInputs, scenario: BenefitScenario): ScenarioRow[] {
  const prepared = prepareInputs(inputs);
  const figures = scenarioFigures(scenario);
  const { baseYear } = inputs;
  return prepared.years.map((year): ScenarioRow => {
    if (figures === null) return emptyRow(year, [{ code: "invalidScenarioFigure", year }]);
    const takeUp = takeUpIn(year, baseYear, { start: figures.startShare, target: figures.targetShare, targetYear: scenario.takeUp.targetYear });
    const persons = eligiblePersons(prepared, scenario, year);
    const eligible = persons.value?.times(figures.eligibleShare) ?? null;
    const beneficiaries = eligible?.times(takeUp) ?? null;
    const benefit = annualBenefit(prepared, scenario, figures.level, year);
    const spending = beneficiaries !== null && benefit.value !== null ? beneficiaries.times(benefit.value) : null;
    const problems = [...persons.problems, ...benefit.problems];

    const { convention } = scenario.administrativeCost;
    const rate = figures.adminRate;
    let total: Decimal | null = null;
    if (convention === "share_of_total" && rate.gte(1)) problems.push({ code: "administrativeRateNotBelowOne", year });
    else if (spending !== null) total = convention === "on_top_of_benefits" ? spending.times(rate.plus(1)) : spending.dividedBy(new Decimal(1).minus(rate));

    const ofGdp = shareOf(prepared, total, year, "gdp");
    const ofExpenditure = shareOf(prepared, total, year, "governmentExpenditure");
    return {
      year,
      eligiblePopulation: text(eligible),
      takeUp: figureText(takeUp),
      beneficiaries: text(beneficiaries),
      annualBenefit: text(benefit.value),
      benefitSpending: text(spending),
      administrativeCost: total !== null && spending !== null ? figureText(total.minus(spending)) : null,
      totalCost: text(total),
      shareOfGdp: text(ofGdp.value),
      shareOfGovernmentExpenditure: text(ofExpenditure.value),
      problems: distinct([...problems, ...ofGdp.problems, ...ofExpenditure.problems]),
    };
  });
}

function emptyRow(year: number, problems: CostingProblem[]): ScenarioRow {
  return {
    year,
    eligiblePopulation: null,
    takeUp: null,
    beneficiaries: null,
    annualBenefit: null,
    benefitSpending: null,
    administrativeCost: null,
    totalCost: null,
    shareOfGdp: null,
    shareOfGovernmentExpenditure: null,
    problems,
  };
}
