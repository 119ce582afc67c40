/**
 * A costing's content, as a validated version freezes it (decision 1810) and as the draft is read to be shown and
 * compared: the frame, the inputs of the frame's years, the live scenarios and the live packages with their
 * financing, each with the rows the model costs from them. Figures are plain decimal text ("1250.5"; a rate,
 * "0.035"). This module holds the frozen JSON's one type: fields added later are optional, so old versions still read.
 */
import { and, asc, between, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingFinancing, costingPackages, costingPopulation, costingScenarios, costingYears } from "@/db/schema";
import { Decimal, figureText } from "../decimal";
import { type FinancingKind, type FinancingRow, financingGap } from "../financing";
import { costScenario } from "../model";
import { costPackage, type PackageRow } from "../packages";
import type { AdministrativeCostConvention, BenefitScenario, CostingInputs, CostingSex, Indexation, PopulationFigure, ScenarioRow } from "../types";
import type { CostingRow } from "./records";

export type CostingFrame = Pick<CostingRow, "baseYear" | "horizonYear" | "currency" | "populationSource">;

/** The macroeconomic figures of a year and their sources; a figure not known is null. Inflation is a rate. */
export type FrozenYear = {
  year: number;
  gdp: string | null;
  gdpSource: string;
  governmentExpenditure: string | null;
  governmentExpenditureSource: string;
  inflation: string | null;
  inflationSource: string;
  povertyLine: string | null;
  povertyLineSource: string;
};
export const yearFields = ["gdp", "gdpSource", "governmentExpenditure", "governmentExpenditureSource", "inflation", "inflationSource", "povertyLine", "povertyLineSource"] as const;
export type YearField = (typeof yearFields)[number];

/** A scenario as stored (its shares as fractions), without what only its editing needs. */
export type StoredScenario = {
  id: string;
  name: string;
  recommendationId: string | null;
  position: number;
  targetKind: "ages" | "mothers_of_newborns";
  ageFrom: number | null;
  ageTo: number | null;
  sex: CostingSex;
  eligibleShare: string;
  benefitKind: "monthly_amount" | "poverty_line_share" | "gdp_per_head_share";
  benefitAmount: string | null;
  benefitShare: string | null;
  indexation: Indexation;
  takeUpStart: string;
  takeUpTarget: string;
  takeUpYear: number;
  administrativeConvention: AdministrativeCostConvention;
  administrativeRate: string;
};
export type FrozenScenario = StoredScenario & { rows: ScenarioRow[] };

export type FrozenFinancing = { year: number; kind: FinancingKind; amount: string; source: string };
/** A package: its scenarios (a withdrawn one stays named but is not costed), financing, yearly rows and gap. */
export type FrozenPackage = { id: string; name: string; scenarioIds: string[]; financing: FrozenFinancing[]; rows: PackageRow[]; financingGap: FinancingRow[] };

export type CostingContent = { frame: CostingFrame; years: FrozenYear[]; population: PopulationFigure[]; scenarios: FrozenScenario[]; packages: FrozenPackage[] };

/** A year's population in brief: everyone, by sex, and how many age groups it is given in; null for a year without figures. */
export type PopulationSummary = { persons: string; female: string; male: string; ageGroups: number };

export function populationSummary(population: PopulationFigure[], year: number): PopulationSummary | null {
  const figures = population.filter((figure) => figure.year === year);
  if (figures.length === 0) return null;
  const total = (sex?: string) => figureText(figures.filter((figure) => !sex || figure.sex === sex).reduce((sum, figure) => sum.plus(figure.population), new Decimal(0)));
  return { persons: total(), female: total("female"), male: total("male"), ageGroups: new Set(figures.map((figure) => `${figure.ageFrom}-${figure.ageTo}`)).size };
}

/** A numeric column's text in its plainest form: "1250.5000" → "1250.5", "0.035000" → "0.035". */
export const plainFigure = <Text extends string | null>(text: Text): Text => (text === null ? text : (figureText(new Decimal(text)) as Text));

const frameYears = (frame: CostingFrame) => Array.from({ length: frame.horizonYear - frame.baseYear + 1 }, (_, index) => frame.baseYear + index);

/** Every year of the frame, stored or not: a year never written reads as all figures unknown. */
function frozenYears(frame: CostingFrame, stored: (typeof costingYears.$inferSelect)[]): FrozenYear[] {
  const byYear = new Map(stored.map((row) => [row.year, row]));
  return frameYears(frame).map((year) => {
    const row = byYear.get(year);
    return {
      year,
      gdp: plainFigure(row?.gdp ?? null),
      gdpSource: row?.gdpSource ?? "",
      governmentExpenditure: plainFigure(row?.governmentExpenditure ?? null),
      governmentExpenditureSource: row?.governmentExpenditureSource ?? "",
      inflation: plainFigure(row?.inflation ?? null),
      inflationSource: row?.inflationSource ?? "",
      povertyLine: plainFigure(row?.povertyLine ?? null),
      povertyLineSource: row?.povertyLineSource ?? "",
    };
  });
}

/** The model's inputs from a content's frame, years and population (a draft's or a frozen version's). */
export function costingInputsOf(content: Pick<CostingContent, "frame" | "years" | "population">): CostingInputs {
  const { baseYear, horizonYear, currency } = content.frame;
  return { baseYear, horizonYear, currency, population: content.population, years: content.years };
}

/** A stored scenario as the model costs it; the columns' checks guarantee the figures each kind needs. */
export function modelScenario(scenario: StoredScenario): BenefitScenario {
  return {
    id: scenario.id,
    targetGroup:
      scenario.targetKind === "ages"
        ? { kind: "ages", ageFrom: scenario.ageFrom ?? 0, ageTo: scenario.ageTo, sex: scenario.sex, eligibleShare: scenario.eligibleShare }
        : { kind: "mothers_of_newborns", eligibleShare: scenario.eligibleShare },
    benefit:
      scenario.benefitKind === "monthly_amount"
        ? { kind: "monthly_amount", amount: scenario.benefitAmount ?? "", indexation: scenario.indexation }
        : { kind: scenario.benefitKind, share: scenario.benefitShare ?? "" },
    takeUp: { startShare: scenario.takeUpStart, targetShare: scenario.takeUpTarget, targetYear: scenario.takeUpYear },
    administrativeCost: { convention: scenario.administrativeConvention, rate: scenario.administrativeRate },
  };
}

export function storedScenario(row: typeof costingScenarios.$inferSelect): StoredScenario {
  return {
    id: row.id,
    name: row.name,
    recommendationId: row.recommendationId,
    position: row.position,
    targetKind: row.targetKind,
    ageFrom: row.ageFrom,
    ageTo: row.ageTo,
    sex: row.sex,
    eligibleShare: plainFigure(row.eligibleShare),
    benefitKind: row.benefitKind,
    benefitAmount: plainFigure(row.benefitAmount),
    benefitShare: plainFigure(row.benefitShare),
    indexation: row.indexation,
    takeUpStart: plainFigure(row.takeUpStart),
    takeUpTarget: plainFigure(row.takeUpTarget),
    takeUpYear: row.takeUpYear,
    administrativeConvention: row.administrativeConvention,
    administrativeRate: plainFigure(row.administrativeRate),
  };
}

/** The frame's years and population of the country, as stored: what the model costs every scenario from. */
export async function readCostingInputs(db: Queryable, costing: CostingRow): Promise<Pick<CostingContent, "frame" | "years" | "population">> {
  const frame = { baseYear: costing.baseYear, horizonYear: costing.horizonYear, currency: costing.currency, populationSource: costing.populationSource };
  // One query after another: validating reads this inside its transaction, whose one connection runs one at a time.
  const years = await db.select().from(costingYears).where(and(eq(costingYears.countryCode, costing.countryCode), between(costingYears.year, frame.baseYear, frame.horizonYear)));
  const population = await db
    .select({ year: costingPopulation.year, sex: costingPopulation.sex, ageFrom: costingPopulation.ageFrom, ageTo: costingPopulation.ageTo, population: costingPopulation.population })
    .from(costingPopulation)
    .where(and(eq(costingPopulation.countryCode, costing.countryCode), between(costingPopulation.year, frame.baseYear, frame.horizonYear)))
    .orderBy(asc(costingPopulation.year), asc(costingPopulation.sex), asc(costingPopulation.ageFrom));
  return { frame, years: frozenYears(frame, years), population: population.map((figure) => ({ ...figure, population: plainFigure(figure.population) })) };
}

/** What only editing needs of a live scenario or package: its version and when it last changed. */
export type Edition = { version: number; updatedAt: Date };

/** The country's costing as it stands, costed, with each live scenario's and package's edition beside. */
export async function readCostingDraft(db: Queryable, costing: CostingRow): Promise<{ content: CostingContent; editions: Map<string, Edition> }> {
  const inputs = await readCostingInputs(db, costing);
  const scenarioRows = await db
    .select()
    .from(costingScenarios)
    .where(and(eq(costingScenarios.countryCode, costing.countryCode), isNull(costingScenarios.deletedAt)))
    .orderBy(asc(costingScenarios.position), asc(costingScenarios.createdAt));
  const packageRows = await db
    .select()
    .from(costingPackages)
    .where(and(eq(costingPackages.countryCode, costing.countryCode), isNull(costingPackages.deletedAt)))
    .orderBy(asc(costingPackages.createdAt), asc(costingPackages.id));
  const financing = packageRows.length
    ? await db
        .select()
        .from(costingFinancing)
        .where(inArray(costingFinancing.packageId, packageRows.map((row) => row.id)))
        .orderBy(asc(costingFinancing.year), asc(costingFinancing.kind))
    : [];
  const model = costingInputsOf(inputs);
  const stored = scenarioRows.map(storedScenario);
  const live = new Map(stored.map((scenario) => [scenario.id, modelScenario(scenario)]));
  const scenarios = stored.map((scenario) => ({ ...scenario, rows: costScenario(model, live.get(scenario.id)!) }));
  // Each scenario is costed once; the packages that hold it sum those rows.
  const costed = new Map(scenarios.map((scenario) => [scenario.id, scenario.rows]));
  const packages = packageRows.map((row): FrozenPackage => {
    const sources = financing
      .filter((source) => source.packageId === row.id)
      .map((source) => ({ year: source.year, kind: source.kind, amount: plainFigure(source.amount), source: source.source }));
    // A withdrawn scenario stays named by the package, and is costed again once restored.
    const { rows } = costPackage(model, row.scenarioIds.flatMap((id) => live.get(id) ?? []), costed);
    return { id: row.id, name: row.name, scenarioIds: row.scenarioIds, financing: sources, rows, financingGap: financingGap(rows, sources) };
  });
  const editions = new Map<string, Edition>([...scenarioRows, ...packageRows].map((row) => [row.id, { version: row.version, updatedAt: row.updatedAt }]));
  return { content: { ...inputs, scenarios, packages }, editions };
}
