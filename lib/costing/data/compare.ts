/**
 * What changed in a costing from one content to another (a validated version to the draft, usually): the frame's
 * fields, each year's figures and sources and its population, the scenarios added, changed (which fields) and
 * removed, the packages likewise, and each package's total cost per year before and after. Contents come from JSON
 * (jsonb orders keys its own way), so objects are compared field by field, never as serialized text.
 */
import type { CostingContent, CostingFrame, FrozenPackage, FrozenScenario, StoredScenario, YearField } from "./content";
import { populationSummary, yearFields } from "./content";
import type { PopulationFigure } from "../types";

export const frameFields = ["baseYear", "horizonYear", "currency", "populationSource"] as const satisfies readonly (keyof CostingFrame)[];
/** What a scenario says; its place in the list is its order, not a change of what it costs. */
export const scenarioFields = [
  "name",
  "recommendationId",
  "targetKind",
  "ageFrom",
  "ageTo",
  "sex",
  "eligibleShare",
  "benefitKind",
  "benefitAmount",
  "benefitShare",
  "indexation",
  "takeUpStart",
  "takeUpTarget",
  "takeUpYear",
  "administrativeConvention",
  "administrativeRate",
] as const satisfies readonly (keyof StoredScenario)[];
export type ScenarioField = (typeof scenarioFields)[number];
export type PackageField = "name" | "scenarioIds" | "financing";

export type InputChange = { field: YearField | "population"; before: string | null; after: string | null };
export type CostingComparison = {
  frame: { field: (typeof frameFields)[number]; before: string | number; after: string | number }[];
  /** Years whose figures, sources or population changed; a population is shown by its total persons. */
  years: { year: number; changes: InputChange[] }[];
  scenarios: { added: FrozenScenario[]; changed: { before: FrozenScenario; after: FrozenScenario; fields: ScenarioField[] }[]; removed: FrozenScenario[] };
  packages: { added: FrozenPackage[]; changed: { before: FrozenPackage; after: FrozenPackage; fields: PackageField[] }[]; removed: FrozenPackage[] };
  /** Every package of either side, its total cost per year of either side; null where a side has no such year or package. */
  totals: { packageId: string; name: string; years: { year: number; before: string | null; after: string | null }[] }[];
};

const populationKey = (figure: PopulationFigure) => `${figure.sex}|${figure.ageFrom}|${figure.ageTo ?? ""}|${figure.population}`;

/** A year's figures in one order, to compare, and its total persons, to show. */
function populationOfYear(population: PopulationFigure[], year: number): { key: string; total: string | null } {
  const figures = population.filter((figure) => figure.year === year);
  return { key: figures.map(populationKey).sort().join("\n"), total: populationSummary(population, year)?.persons ?? null };
}

function compareYears(before: CostingContent, after: CostingContent): CostingComparison["years"] {
  const earlier = new Map(before.years.map((row) => [row.year, row]));
  const later = new Map(after.years.map((row) => [row.year, row]));
  const years = [...new Set([...earlier.keys(), ...later.keys()])].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const [then, now] = [earlier.get(year), later.get(year)];
    const changes: InputChange[] = yearFields
      .filter((field) => (then?.[field] ?? null) !== (now?.[field] ?? null))
      .map((field) => ({ field, before: then?.[field] ?? null, after: now?.[field] ?? null }));
    const [people, peopleNow] = [populationOfYear(before.population, year), populationOfYear(after.population, year)];
    if (people.key !== peopleNow.key) changes.push({ field: "population", before: people.total, after: peopleNow.total });
    return changes.length ? [{ year, changes }] : [];
  });
}

/** Added, changed (with the fields that differ) and removed, matched by id, each list in the later side's order. */
function compareById<Item extends { id: string }, Field extends string>(before: Item[], after: Item[], differing: (then: Item, now: Item) => Field[]) {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  const added: Item[] = [];
  const changed: { before: Item; after: Item; fields: Field[] }[] = [];
  for (const item of after) {
    const previous = earlier.get(item.id);
    if (!previous) added.push(item);
    else {
      const fields = differing(previous, item);
      if (fields.length) changed.push({ before: previous, after: item, fields });
    }
  }
  return { added, changed, removed: before.filter((item) => !later.has(item.id)) };
}

const financingKey = (item: FrozenPackage["financing"][number]) => `${item.year}|${item.kind}|${item.amount}|${item.source}`;

function packageFields(then: FrozenPackage, now: FrozenPackage): PackageField[] {
  const fields: PackageField[] = [];
  if (then.name !== now.name) fields.push("name");
  if (then.scenarioIds.join(",") !== now.scenarioIds.join(",")) fields.push("scenarioIds");
  if (then.financing.map(financingKey).sort().join("\n") !== now.financing.map(financingKey).sort().join("\n")) fields.push("financing");
  return fields;
}

function compareTotals(before: FrozenPackage[], after: FrozenPackage[]): CostingComparison["totals"] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Map(after.map((item) => [item.id, item]));
  return [...after, ...before.filter((item) => !later.has(item.id))].map((item) => {
    const [then, now] = [earlier.get(item.id), later.get(item.id)];
    const years = [...new Set([...(then?.rows ?? []), ...(now?.rows ?? [])].map((row) => row.year))].sort((a, b) => a - b);
    const totalIn = (side: FrozenPackage | undefined, year: number) => side?.rows.find((row) => row.year === year)?.totalCost ?? null;
    return { packageId: item.id, name: item.name, years: years.map((year) => ({ year, before: totalIn(then, year), after: totalIn(now, year) })) };
  });
}

export function compareCostingContents(before: CostingContent, after: CostingContent): CostingComparison {
  return {
    frame: frameFields.filter((field) => before.frame[field] !== after.frame[field]).map((field) => ({ field, before: before.frame[field], after: after.frame[field] })),
    years: compareYears(before, after),
    scenarios: compareById(before.scenarios, after.scenarios, (then, now) => scenarioFields.filter((field) => then[field] !== now[field])),
    packages: compareById(before.packages, after.packages, packageFields),
    totals: compareTotals(before.packages, after.packages),
  };
}

/** Whether anything people set differs; the totals follow from the rest. */
export function hasCostingChanges(comparison: CostingComparison): boolean {
  const { frame, years, scenarios, packages } = comparison;
  return frame.length + years.length + [scenarios, packages].reduce((sum, side) => sum + side.added.length + side.changed.length + side.removed.length, 0) > 0;
}
