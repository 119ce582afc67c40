/**
 * The costing workbook's formulas, one per figure of a scenario's year, stating decision 1800's model in spreadsheet
 * terms. Each is guarded with IF and ISNUMBER so that where the model gives null the cell shows a blank, never
 * #DIV/0! or #VALUE!. The model's literal values (target, benefit and convention kinds) are read in `shapeOf` only.
 */
import type { BenefitScenario, Sex } from "./types";

/** Workbook-wide defined names: the frame's base year and the Population sheet's columns. */
export const names = {
  baseYear: "BaseYear",
  horizonYear: "HorizonYear",
  populationYear: "PopulationYear",
  populationSex: "PopulationSex",
  populationAgeFrom: "PopulationAgeFrom",
  populationAgeTo: "PopulationAgeTo",
  populationCount: "PopulationCount",
} as const;

export type BenefitShape = "flatAmount" | "indexedAmount" | "povertyLineShare" | "gdpPerHeadShare";
export type ConventionShape = "onTopOfBenefits" | "shareOfTotal";

/** A scenario as the workbook lays it out, in the workbook's own words (its labels' keys). */
export type ScenarioShape = {
  target: { kind: "ages"; ageFrom: number; ageTo: number | null; sex: "all" | Sex } | { kind: "mothersOfNewborns" };
  eligibleShare: string;
  benefit: BenefitShape;
  /** The amount a month, or the share of the poverty line or of GDP per head. */
  level: string;
  takeUp: { startShare: string; targetShare: string; targetYear: number };
  convention: ConventionShape;
  administrativeRate: string;
};

/** The only place the model's literal values (the database's lists) are compared; the shape's own names are the workbook's. */
export function shapeOf(scenario: BenefitScenario): ScenarioShape {
  const group = scenario.targetGroup;
  const benefit = scenario.benefit;
  return {
    target: group.kind === "mothers_of_newborns" ? { kind: "mothersOfNewborns" } : { kind: "ages", ageFrom: group.ageFrom, ageTo: group.ageTo, sex: group.sex },
    eligibleShare: group.eligibleShare,
    benefit:
      benefit.kind === "monthly_amount"
        ? benefit.indexation === "inflation"
          ? "indexedAmount"
          : "flatAmount"
        : benefit.kind === "poverty_line_share"
          ? "povertyLineShare"
          : "gdpPerHeadShare",
    level: benefit.kind === "monthly_amount" ? benefit.amount : benefit.share,
    takeUp: scenario.takeUp,
    convention: scenario.administrativeCost.convention === "on_top_of_benefits" ? "onTopOfBenefits" : "shareOfTotal",
    administrativeRate: scenario.administrativeCost.rate,
  };
}

/** The ages and sexes whose persons a scenario counts: mothers of newborns are one per person aged 0 (decision 1800). */
export function countedAges(shape: ScenarioShape): { ageFrom: number; ageTo: number | null; sex: "all" | Sex; sexes: Sex[] } {
  if (shape.target.kind === "mothersOfNewborns") return { ageFrom: 0, ageTo: 0, sex: "all", sexes: ["female", "male"] };
  const { ageFrom, ageTo, sex } = shape.target;
  return { ageFrom, ageTo, sex, sexes: sex === "all" ? ["female", "male"] : [sex] };
}

/** A closed age group of the Population sheet that the target takes only part of: its row's cells. */
export type SplitGroup = { count: string; ageFrom: string; ageTo: string };

/**
 * Persons of the target's ages in a year: the groups wholly inside the range by SUMIFS, plus for each group the range
 * cuts (0–4 for a target 0–3) its share as if its persons were spread evenly over its ages, as the model pro-rates.
 * `ageTo` null is an open range, which takes every group from `ageFrom` on, the open top group included. A cut
 * group's term is 0 once the ages take it whole (the SUMIFS counts it then) or miss it, so a ministry may move the
 * target's ages to any edge of the groups cut when the file was written (decision 1830).
 */
export function personsFormula(input: { year: string; ageFrom: string; ageTo: string | null; sex: string | null; splits: SplitGroup[] }): string {
  const { year, ageFrom, ageTo, sex } = input;
  const criteria = [
    `${names.populationYear},${year}`,
    `${names.populationAgeFrom},">="&${ageFrom}`,
    ...(ageTo === null ? [] : [`${names.populationAgeTo},"<="&${ageTo}`]),
    ...(sex === null ? [] : [`${names.populationSex},${sex}`]),
  ];
  const whole = `SUMIFS(${names.populationCount},${criteria.join(",")})`;
  const parts = input.splits.map((group) => {
    const lastAge = ageTo === null ? group.ageTo : `MIN(${group.ageTo},${ageTo})`;
    const whole = ageTo === null ? `${group.ageFrom}>=${ageFrom}` : `AND(${group.ageFrom}>=${ageFrom},${group.ageTo}<=${ageTo})`;
    const share = `MAX(0,${lastAge}-MAX(${group.ageFrom},${ageFrom})+1)/(${group.ageTo}-${group.ageFrom}+1)`;
    return `IF(${whole},0,${group.count}*${share})`;
  });
  return [whole, ...parts].join("+");
}

/** An amount a month, indexed or not, rather than a share of a figure. */
export const paysAnAmount = (shape: ScenarioShape) => shape.benefit === "flatAmount" || shape.benefit === "indexedAmount";

/** A scenario's parameters as its formulas name them (`S1_EligibleShare`…), `complete` true when each is a number. */
export type ParameterNames = ReturnType<typeof parameterNames>;

/** Workbook-wide names, so the n-th scenario's start with `S<n>_`; spreadsheets read names without a sheet. */
export function parameterNames(number: number, shape: ScenarioShape) {
  const named = (suffix: string) => `S${number}_${suffix}`;
  return {
    ageFrom: named("AgeFrom"),
    ageTo: named("AgeTo"),
    sex: named("Sex"),
    eligibleShare: named("EligibleShare"),
    level: named(paysAnAmount(shape) ? "MonthlyAmount" : "Share"),
    takeUpStart: named("TakeUpStart"),
    takeUpTarget: named("TakeUpTarget"),
    takeUpYear: named("TakeUpYear"),
    administrativeRate: named("AdministrativeRate"),
    complete: named("Complete"),
  };
}

/** The cells of the Inputs sheet for the row's year. */
export type YearCells = { gdp: string; governmentExpenditure: string; povertyLine: string; priceIndex: string; totalPopulation: string };

/** The cells of the row being written, by column. */
export type RowCells = {
  year: string;
  persons: string;
  eligiblePopulation: string;
  takeUp: string;
  beneficiaries: string;
  annualBenefit: string;
  benefitSpending: string;
  administrativeCost: string;
  totalCost: string;
};

const numbers = (...cells: string[]) => cells.map((cell) => `ISNUMBER(${cell})`);
const whenAll = (conditions: string[], formula: string) => `IF(${conditions.length === 1 ? conditions[0] : `AND(${conditions.join(",")})`},${formula},"")`;
/** A quotient that is blank where its divisor is zero, as the model's share of a zero figure is null. */
const quotient = (dividend: string, divisor: string, formula: string) => whenAll(numbers(dividend, divisor), `IF(${divisor}<>0,${formula},"")`);

/** The year's figures after persons, in column order; every formula is blank where the model gives null. */
export function rowFormulas(shape: ScenarioShape, p: ParameterNames, cells: RowCells, year: YearCells) {
  const c = cells;
  const rising = `${p.takeUpStart}+(${p.takeUpTarget}-${p.takeUpStart})*(${c.year}-${names.baseYear})/(${p.takeUpYear}-${names.baseYear})`;
  const annualBenefit: Record<BenefitShape, string> = {
    flatAmount: whenAll([p.complete], `${p.level}*12`),
    indexedAmount: whenAll([p.complete, ...numbers(year.priceIndex)], `${p.level}*12*${year.priceIndex}`),
    povertyLineShare: whenAll([p.complete, ...numbers(year.povertyLine)], `${p.level}*${year.povertyLine}`),
    gdpPerHeadShare: whenAll(
      [p.complete, ...numbers(year.gdp, year.totalPopulation)],
      `IF(${year.totalPopulation}<>0,${p.level}*${year.gdp}/${year.totalPopulation},"")`,
    ),
  };
  const administrativeCost: Record<ConventionShape, string> = {
    onTopOfBenefits: whenAll(numbers(c.benefitSpending), `${c.benefitSpending}*${p.administrativeRate}`),
    // The cost is the rate's share of the total: benefits × rate ÷ (1 − rate); no total at a rate of 100 % or more.
    shareOfTotal: whenAll([...numbers(c.benefitSpending), `${p.administrativeRate}<1`], `${c.benefitSpending}*${p.administrativeRate}/(1-${p.administrativeRate})`),
  };
  return {
    eligiblePopulation: whenAll([...numbers(c.persons), p.complete], `${c.persons}*${p.eligibleShare}`),
    // The target share from the target year on; before it, a straight line from the start share in the base year.
    takeUp: whenAll([p.complete], `IF(${c.year}>=${p.takeUpYear},${p.takeUpTarget},${rising})`),
    beneficiaries: whenAll(numbers(c.eligiblePopulation, c.takeUp), `${c.eligiblePopulation}*${c.takeUp}`),
    annualBenefit: annualBenefit[shape.benefit],
    benefitSpending: whenAll(numbers(c.beneficiaries, c.annualBenefit), `${c.beneficiaries}*${c.annualBenefit}`),
    administrativeCost: administrativeCost[shape.convention],
    totalCost: whenAll(numbers(c.benefitSpending, c.administrativeCost), `${c.benefitSpending}+${c.administrativeCost}`),
    shareOfGdp: quotient(c.totalCost, year.gdp, `${c.totalCost}/${year.gdp}`),
    shareOfGovernmentExpenditure: quotient(c.totalCost, year.governmentExpenditure, `${c.totalCost}/${year.governmentExpenditure}`),
  };
}

/** The price level with the base year's at 1: the year before's × (1 + the year's inflation), blank from a missing rate on. */
export function priceIndexFormula(previousIndex: string, inflation: string): string {
  return whenAll(numbers(previousIndex, inflation), `${previousIndex}*(1+${inflation})`);
}

/** Everyone of a year, both sexes, every age: GDP per head's divisor. */
export function totalPopulationFormula(year: string): string {
  return `SUMIFS(${names.populationCount},${names.populationYear},${year})`;
}

/** A cell of another sheet, blank where it is blank (a plain reference would show 0). */
export function guardedReference(cell: string): string {
  return whenAll(numbers(cell), cell);
}

/** True when each of the scenario's own figures is a number: the model costs nothing otherwise. */
export function completeFormula(cells: string[]): string {
  return `AND(${numbers(...cells).join(",")})`;
}
