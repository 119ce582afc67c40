/**
 * How the JSON API describes a costing (key step 6, decisions 1800 and 1810): its frame, inputs by year, scenarios
 * and packages with the rows the model costs from them, its validated versions and what the draft changed since one.
 * Figures are exact decimal text, never floats; shares are fractions ("0.6" is 60 %).
 */
import {
  administrativeCostConventions,
  benefitLevelKinds,
  costingSexes,
  financingKinds,
  indexations,
  populationSexes,
  sharingLevels,
  targetGroupKinds,
} from "@/db/schema/values";
import { yearFields } from "@/lib/costing/data/content";
import type { CostingVersionSummary, CostingView } from "@/lib/costing/data/get-costing";
import type { CostingVersionView } from "@/lib/costing/data/get-version";
import { costingProblemCodes } from "@/lib/costing/types";
import { z } from "zod";
import { localizedTextResponse, timestamp } from "../schemas";

const figure = z.string().meta({ description: "An exact decimal figure, as text (never a float).", example: "7236432000" });
const share = z.string().meta({ description: "A fraction, as exact decimal text: \"0.6\" is 60 %.", example: "0.0123" });
/** Null with the row's problems saying why. */
const computed = (schema: z.ZodString) => schema.nullable();

const problem = z
  .object({ code: z.enum(costingProblemCodes), year: z.int().meta({ description: "The year of the input at fault (for inflation, possibly an earlier one)." }) })
  .meta({ id: "CostingProblem", description: "Why a figure is null (or, for `proRatedAgeGroup`, an estimate)." });

const scenarioRow = z
  .object({
    year: z.int(),
    eligiblePopulation: computed(figure),
    takeUp: computed(share),
    beneficiaries: computed(figure),
    annualBenefit: computed(figure).meta({ description: "Per beneficiary, in the costing's currency." }),
    benefitSpending: computed(figure),
    administrativeCost: computed(figure),
    totalCost: computed(figure),
    shareOfGdp: computed(share),
    shareOfGovernmentExpenditure: computed(share),
    problems: z.array(problem),
  })
  .meta({ id: "CostingScenarioRow" });

const packageRow = z
  .object({
    year: z.int(),
    totalCost: computed(figure).meta({ description: "Null as soon as one scenario's is: a sum of the known parts would understate the package." }),
    shareOfGdp: computed(share),
    shareOfGovernmentExpenditure: computed(share),
    scenarios: z.array(z.object({ scenarioId: z.uuid(), totalCost: computed(figure), shareOfGdp: computed(share), shareOfPackage: computed(share) })),
    problems: z.array(problem.extend({ scenarioId: z.uuid() })),
  })
  .meta({ id: "CostingPackageRow" });

const financingRow = z
  .object({
    year: z.int(),
    cost: computed(figure),
    financing: computed(figure).meta({ description: "Every source of the year added up." }),
    byKind: z.object(Object.fromEntries(financingKinds.map((kind) => [kind, computed(figure)])) as Record<(typeof financingKinds)[number], z.ZodNullable<z.ZodString>>),
    uncovered: computed(figure).meta({ description: "The financing gap: cost − financing when positive, else \"0\"." }),
    surplus: computed(figure),
    problems: z.array(z.object({ code: z.enum(["costUnknown", "invalidFinancingAmount"]), year: z.int() })),
  })
  .meta({ id: "CostingFinancingRow" });

export const costingFrame = z
  .object({
    baseYear: z.int(),
    horizonYear: z.int().meta({ description: "At most 15 years after the base year." }),
    currency: z.string().length(3).meta({ description: "ISO 4217: every amount of the costing is in it." }),
    populationSource: z.string(),
  })
  .meta({ id: "CostingFrame" });

const year = z
  .object({
    year: z.int(),
    gdp: figure.nullable().meta({ description: "Nominal GDP; null when not known." }),
    gdpSource: z.string(),
    governmentExpenditure: figure.nullable(),
    governmentExpenditureSource: z.string(),
    inflation: share.nullable().meta({ description: "Consumer price inflation as a rate: \"0.035\" is 3.5 %." }),
    inflationSource: z.string(),
    povertyLine: figure.nullable().meta({ description: "Per person per year." }),
    povertyLineSource: z.string(),
  })
  .meta({ id: "CostingYear" });

const populationSummary = z
  .object({ persons: figure, female: figure, male: figure, ageGroups: z.int() })
  .meta({ id: "CostingPopulationSummary", description: "A year's population in brief; null for a year without figures." });

const populationFigure = z
  .object({ year: z.int(), sex: z.enum(populationSexes), ageFrom: z.int(), ageTo: z.int().nullable().meta({ description: "Null for the open top group (\"80+\")." }), population: figure })
  .meta({ id: "CostingPopulationFigure" });

const frozenScenario = z
  .object({
    id: z.uuid(),
    name: z.string(),
    recommendationId: z.uuid().nullable().meta({ description: "The endorsed recommendation of the assessment matrix it costs; null when it stands alone." }),
    position: z.int(),
    targetKind: z.enum(targetGroupKinds),
    ageFrom: z.int().nullable(),
    ageTo: z.int().nullable().meta({ description: "Null for an open group (\"65 and over\") or mothers of newborns." }),
    sex: z.enum(costingSexes),
    eligibleShare: share.meta({ description: "The share of the group eligible, as a fraction." }),
    benefitKind: z.enum(benefitLevelKinds),
    benefitAmount: figure.nullable().meta({ description: "A month, in base-year prices, for `monthly_amount`." }),
    benefitShare: share.nullable().meta({ description: "Of the poverty line or GDP per head, as a fraction." }),
    indexation: z.enum(indexations),
    takeUpStart: share,
    takeUpTarget: share,
    takeUpYear: z.int().meta({ description: "The year take-up reaches its target; linear from the base year." }),
    administrativeConvention: z.enum(administrativeCostConventions),
    administrativeRate: share,
    rows: z.array(scenarioRow).meta({ description: "One per year of the frame." }),
  })
  .meta({ id: "FrozenCostingScenario" });

const edition = {
  version: z.int().meta({ description: "Send it back when editing or withdrawing: a stale version is refused with 409." }),
  updatedAt: timestamp,
};
const scenario = frozenScenario.extend(edition).meta({ id: "CostingScenario" });

const frozenPackage = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scenarioIds: z.array(z.uuid()).meta({ description: "In order; a withdrawn scenario stays named and is not costed until restored." }),
    financing: z.array(z.object({ year: z.int(), kind: z.enum(financingKinds), amount: figure, source: z.string() })),
    rows: z.array(packageRow),
    financingGap: z.array(financingRow),
  })
  .meta({ id: "FrozenCostingPackage" });
const costingPackage = frozenPackage.extend(edition).meta({ id: "CostingPackage" });

const versionSummary = z
  .object({
    id: z.uuid(),
    number: z.int().meta({ description: "From 1 per country; never changed once validated." }),
    validatedOn: z.iso.date(),
    milestone: z.object({ id: z.uuid(), title: z.string() }).nullable().meta({ description: "The dialogue's milestone, when the caller may read it." }),
    validatedByName: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "CostingVersionSummary" });

const country = z.object({ code: z.string().length(2), name: localizedTextResponse });

export const costingSchema = z
  .object({
    country,
    readable: z.boolean().meta({ description: "False when the costing is kept to its country and the caller is outside it: then nothing else is filled." }),
    sharingLevel: z.enum(sharingLevels).meta({ description: "`country`: read by the country's working group and coordinators; `all`: by everyone signed in." }),
    version: z.int().meta({ description: "The costing's version, raised by every change to any part of it; 0 before its frame is set. Changes to the inputs, sharing, financing, needs and validation name it." }),
    frame: costingFrame.nullable(),
    years: z.array(year.extend({ population: populationSummary.nullable() })).meta({ description: "Every year of the frame, figures or not." }),
    scenarios: z.array(scenario).meta({ description: "The live scenarios, in order, each costed per year." }),
    packages: z.array(costingPackage),
    versions: z.array(versionSummary).meta({ description: "The validated versions, newest first." }),
    changedSinceValidated: z.boolean().nullable().meta({ description: "Whether the draft differs from the latest validated version; null when none was validated." }),
  })
  .meta({ id: "Costing" });

const content = z
  .object({ frame: costingFrame, years: z.array(year), population: z.array(populationFigure), scenarios: z.array(frozenScenario), packages: z.array(frozenPackage) })
  .meta({ id: "CostingContent", description: "The costing as a dialogue validated it, computed rows included." });

const changed = <Item extends z.ZodType, Field extends z.ZodType>(item: Item, field: Field) =>
  z.object({ added: z.array(item), changed: z.array(z.object({ before: item, after: item, fields: z.array(field) })), removed: z.array(item) });

const comparison = z
  .object({
    frame: z.array(z.object({ field: z.enum(["baseYear", "horizonYear", "currency", "populationSource"]), before: z.union([z.string(), z.int()]), after: z.union([z.string(), z.int()]) })),
    years: z.array(z.object({ year: z.int(), changes: z.array(z.object({ field: z.enum([...yearFields, "population"]), before: z.string().nullable(), after: z.string().nullable() })) })),
    scenarios: changed(frozenScenario, z.string().meta({ description: "A field of the scenario, such as `benefitAmount`." })),
    packages: changed(frozenPackage, z.enum(["name", "scenarioIds", "financing"])),
    totals: z.array(z.object({ packageId: z.uuid(), name: z.string(), years: z.array(z.object({ year: z.int(), before: computed(figure), after: computed(figure) })) })),
  })
  .meta({ id: "CostingChangesSinceVersion", description: "What the draft changed since the version: the frame, inputs by year, scenarios and packages, each package's total per year." });

export const costingVersionSchema = z
  .object({
    country,
    version: versionSummary,
    latestNumber: z.int().meta({ description: "The newest version's number, to tell whether this one is the latest." }),
    content,
    sinceThen: comparison,
  })
  .meta({ id: "CostingVersion" });

const summaryOut = (version: CostingVersionSummary) => ({ ...version, createdAt: version.createdAt.toISOString() });
const editionOut = <Part extends { updatedAt: Date }>(part: Part) => ({ ...part, updatedAt: part.updatedAt.toISOString() });

/** A costing as JSON carries it: timestamps as text. */
export function costingOut(view: CostingView) {
  return { ...view, scenarios: view.scenarios.map(editionOut), packages: view.packages.map(editionOut), versions: view.versions.map(summaryOut) };
}

export function costingVersionOut(view: CostingVersionView) {
  return { ...view, version: summaryOut(view.version) };
}
