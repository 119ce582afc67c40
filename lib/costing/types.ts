/**
 * The costing model's inputs and outputs (key step 6, the ILO's Rapid Assessment Protocol): a country's population
 * and macroeconomic figures per year, benefit scenarios, and the rows costed from them. Figures are decimal text.
 */

import type { administrativeCostConventions, costingSexes, indexations, populationSexes } from "@/db/schema/values";

/** The database's own value lists (db/schema/values.ts), so a stored costing reaches the model unmapped. */
export type Sex = (typeof populationSexes)[number];
export type CostingSex = (typeof costingSexes)[number];
export type Indexation = (typeof indexations)[number];
export type AdministrativeCostConvention = (typeof administrativeCostConventions)[number];

/** A figure as the app's numeric columns give it: decimal text ("2393000", "0.05"), or missing. */
export type Figure = string | null | undefined;

/** The oldest age a population figure may name, in a file or typed. */
export const maxPopulationAge = 150;

/** Persons of one sex in one age group in one year; a single age has `ageFrom === ageTo`, an open top group ("80+") `ageTo: null`. */
export type PopulationFigure = { year: number; sex: Sex; ageFrom: number; ageTo: number | null; population: string };

/** The macroeconomic figures of one year, each possibly missing. */
export type YearFigures = {
  year: number;
  /** Nominal GDP, national currency. */
  gdp?: Figure;
  /** General government expenditure, national currency. */
  governmentExpenditure?: Figure;
  /** Consumer price inflation over the year, as a rate: "0.05" is 5 %. */
  inflation?: Figure;
  /** The poverty line, national currency per person per year. */
  povertyLine?: Figure;
};

export type CostingInputs = {
  baseYear: number;
  /** At most `maxHorizonYears` after the base year. */
  horizonYear: number;
  /** ISO 4217, the currency of every amount. */
  currency: string;
  population: PopulationFigure[];
  years: YearFigures[];
};

/**
 * Who a benefit is for. `eligibleShare` (0–1) narrows the group where eligibility is narrower than age and sex
 * (persons with severe disabilities among those aged 18–64). Mothers of newborns are counted from births, taken as
 * the population aged 0 of the year (decision 1800).
 */
export type TargetGroup =
  | { kind: "ages"; ageFrom: number; ageTo: number | null; sex: CostingSex; eligibleShare: string }
  | { kind: "mothers_of_newborns"; eligibleShare: string };

/**
 * What a beneficiary receives. An amount a month is in base-year prices and indexed to inflation or not; a share
 * of the poverty line or of GDP per head follows that figure year by year, so it has no indexation of its own.
 */
export type BenefitLevel =
  | { kind: "monthly_amount"; amount: string; indexation: Indexation }
  | { kind: "poverty_line_share"; share: string }
  | { kind: "gdp_per_head_share"; share: string };

/** Take-up: `startShare` in the base year, `targetShare` from `targetYear` on, linear between. */
export type TakeUpPath = { startShare: string; targetShare: string; targetYear: number };

/**
 * Administrative cost, with its convention kept: RAP adds a share on top of benefits (total = benefits × (1 + rate));
 * ILO ESS 58 also states it as a share of total expenditure (total = benefits / (1 − rate)).
 */
export type AdministrativeCost = { convention: AdministrativeCostConvention; rate: string };

export type BenefitScenario = {
  id: string;
  targetGroup: TargetGroup;
  benefit: BenefitLevel;
  takeUp: TakeUpPath;
  administrativeCost: AdministrativeCost;
};

export const costingProblemCodes = [
  "missingPopulation",
  "invalidPopulation",
  "overlappingAgeGroups",
  "targetSplitsOpenAgeGroup",
  "proRatedAgeGroup",
  "zeroPopulation",
  "missingGdp",
  "zeroGdp",
  "invalidGdp",
  "missingGovernmentExpenditure",
  "zeroGovernmentExpenditure",
  "invalidGovernmentExpenditure",
  "missingInflation",
  "invalidInflation",
  "missingPovertyLine",
  "invalidPovertyLine",
  "invalidScenarioFigure",
  "administrativeRateNotBelowOne",
] as const;
export type CostingProblemCode = (typeof costingProblemCodes)[number];

/**
 * Why a figure of a row is null (or, for `proRatedAgeGroup`, an estimate): the code and the year of the input at
 * fault, which for inflation may be earlier than the row's year.
 */
export type CostingProblem = { code: CostingProblemCode; year: number };

/** One year of a scenario. Every figure is decimal text, exact (decision 1800), or null with the problems saying why. */
export type ScenarioRow = {
  year: number;
  eligiblePopulation: string | null;
  takeUp: string | null;
  beneficiaries: string | null;
  annualBenefit: string | null;
  benefitSpending: string | null;
  administrativeCost: string | null;
  totalCost: string | null;
  /** Of nominal GDP, as a fraction ("0.0123" is 1.23 %), as Intl's percent style takes it. */
  shareOfGdp: string | null;
  shareOfGovernmentExpenditure: string | null;
  problems: CostingProblem[];
};
