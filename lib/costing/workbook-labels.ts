/**
 * The words of the costing workbook in the reader's language. lib/ writes no text of its own: the edge translates
 * these with `costingWorkbookLabels(t)`, from the `costingWorkbook` namespace and the model's problem messages.
 */
import type { Messages } from "next-intl";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { Translator } from "@/lib/i18n/translate-message";
import type { CostingProblem } from "./types";

type Catalogue = Messages["costingWorkbook"];

/** Every key of the namespace, by group; `satisfies` fails the type check when one is not in the English catalogue. */
const labelKeys = {
  sheets: ["inputs", "population", "summary", "scenario"],
  frame: ["hint", "baseYear", "horizonYear", "currency", "populationSource"],
  inputs: ["year", "gdp", "governmentExpenditure", "inflation", "povertyLine", "source", "priceIndex", "totalPopulation"],
  population: ["year", "sex", "ageFrom", "ageTo", "population"],
  sexes: ["all", "female", "male"],
  parameters: [
    "targetGroup",
    "ageFrom",
    "ageTo",
    "sex",
    "eligibleShare",
    "benefit",
    "monthlyAmount",
    "share",
    "indexation",
    "takeUpStart",
    "takeUpTarget",
    "takeUpYear",
    "administrativeConvention",
    "administrativeRate",
    "figuresComplete",
  ],
  targetKinds: ["ages", "mothersOfNewborns"],
  benefitKinds: ["monthlyAmount", "povertyLineShare", "gdpPerHeadShare"],
  indexations: ["inflation", "none"],
  conventions: ["onTopOfBenefits", "shareOfTotal"],
  columns: [
    "year",
    "persons",
    "eligiblePopulation",
    "takeUp",
    "beneficiaries",
    "annualBenefit",
    "benefitSpending",
    "administrativeCost",
    "totalCost",
    "shareOfGdp",
    "shareOfGovernmentExpenditure",
    "notes",
  ],
  summary: ["totalCost", "shareOfGdp"],
} as const satisfies { [Group in keyof Catalogue]: readonly (keyof Catalogue[Group])[] };

type LabelKeys = typeof labelKeys;

/** The translated headers and values, and each row's problems as sentences (the notes column). */
export type CostingWorkbookLabels = { [Group in keyof LabelKeys]: Record<LabelKeys[Group][number], string> } & {
  problem: (problem: CostingProblem) => string;
};

/** The labels in the language of `t`, a translator over the whole catalogue (`getTranslations()` at the edge). */
export function costingWorkbookLabels(t: Translator): CostingWorkbookLabels {
  const groups = Object.entries(labelKeys).map(([group, keys]) => [
    group,
    Object.fromEntries(keys.map((key: string) => [key, t(`costingWorkbook.${group}.${key}` as MessageKey)])),
  ]);
  return {
    ...(Object.fromEntries(groups) as Omit<CostingWorkbookLabels, "problem">),
    // The year as text: a number argument would be formatted with a thousands separator ("2,030").
    problem: ({ code, year }) => t(`costingRules.problems.${code}`, { year: String(year) }),
  };
}
