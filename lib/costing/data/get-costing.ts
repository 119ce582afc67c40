/**
 * A country's costing as the actor may read it: its frame and sharing, its version (which changes name), the inputs
 * of every year of the frame (figures, sources and a summary of the population), the live scenarios and packages
 * costed by the model, the validated versions, and whether the draft differs from the latest. A costing kept to its
 * country reads as not `readable` to outsiders, with nothing in it (decision 1810).
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import { costings, costingVersions, milestones, users } from "@/db/schema";
import type { LocalizedText, sharingLevels } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { mayReadCosting, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { compareCostingContents, hasCostingChanges } from "./compare";
import { type CostingContent, type CostingFrame, type Edition, type FrozenPackage, type FrozenScenario, type FrozenYear, type PopulationSummary, populationSummary, readCostingDraft, readCostingInputs } from "./content";
import type { CostingRow } from "./records";

export type CostingVersionSummary = {
  id: string;
  number: number;
  validatedOn: string;
  /** The milestone of the dialogue, when the actor may read it. */
  milestone: { id: string; title: string } | null;
  validatedByName: string | null;
  createdAt: Date;
};

export type CostingView = {
  country: { code: string; name: LocalizedText };
  /** False when the costing is kept to its country and the actor is outside it: nothing else is filled. */
  readable: boolean;
  sharingLevel: (typeof sharingLevels)[number];
  /** The costing's version, named by every change; 0 before its frame is set. */
  version: number;
  frame: CostingFrame | null;
  years: (FrozenYear & { population: PopulationSummary | null })[];
  scenarios: (FrozenScenario & Edition)[];
  packages: (FrozenPackage & Edition)[];
  versions: CostingVersionSummary[];
  /** Whether the draft differs from the latest validated version; null when none was validated. */
  changedSinceValidated: boolean | null;
};

/** The country's costing row, if its frame is set, and whether the actor reads it. */
export async function costingReadable(db: Queryable, actor: Actor, countryCode: string): Promise<{ costing: CostingRow | null; readable: boolean }> {
  const [costing] = await db.select().from(costings).where(eq(costings.countryCode, countryCode));
  return { costing: costing ?? null, readable: mayReadCosting(actor, countryCode, costing?.sharingLevel) };
}

export async function listCostingVersions(db: Queryable, actor: Actor, countryCode: string): Promise<CostingVersionSummary[]> {
  const rows = await db
    .select({
      id: costingVersions.id,
      number: costingVersions.number,
      validatedOn: costingVersions.validatedOn,
      milestoneId: milestones.id,
      milestoneTitle: milestones.title,
      validatedByName: users.name,
      createdAt: costingVersions.createdAt,
    })
    .from(costingVersions)
    .leftJoin(milestones, and(eq(milestones.id, costingVersions.milestoneId), isNull(milestones.deletedAt), milestoneVisibleTo(actor)))
    .leftJoin(users, eq(users.id, costingVersions.validatedById))
    .where(eq(costingVersions.countryCode, countryCode))
    .orderBy(desc(costingVersions.number));
  return rows.map(({ milestoneId, milestoneTitle, ...row }) => ({ ...row, milestone: milestoneId && milestoneTitle !== null ? { id: milestoneId, title: milestoneTitle } : null }));
}

/** The content frozen by the country's latest validated version, if any. */
async function latestValidatedContent(db: Queryable, countryCode: string): Promise<CostingContent | null> {
  const [latest] = await db.select({ content: costingVersions.content }).from(costingVersions).where(eq(costingVersions.countryCode, countryCode)).orderBy(desc(costingVersions.number)).limit(1);
  return (latest?.content as CostingContent | undefined) ?? null;
}

/** What the input screens read: the costing's frame, version and sharing, and each year's inputs, without costing anything. */
export type CostingInputsView = Pick<CostingView, "country" | "readable" | "sharingLevel" | "version" | "frame" | "years">;

export async function getCostingInputs(db: Queryable, actor: Actor, code: unknown): Promise<CostingInputsView> {
  const country = await countryFor(db, actor, code);
  const { costing, readable } = await costingReadable(db, actor, country.code);
  const empty = { country, readable, sharingLevel: costing?.sharingLevel ?? "country", version: costing?.version ?? 0, frame: null, years: [] };
  if (!readable || !costing) return empty;
  const inputs = await readCostingInputs(db, costing);
  return { ...empty, frame: inputs.frame, years: yearsWithPopulation(inputs) };
}

const yearsWithPopulation = (content: Pick<CostingContent, "years" | "population">): CostingView["years"] =>
  content.years.map((figures) => ({ ...figures, population: populationSummary(content.population, figures.year) }));

export async function getCosting(db: Queryable, actor: Actor, code: unknown): Promise<CostingView> {
  const country = await countryFor(db, actor, code);
  const { costing, readable } = await costingReadable(db, actor, country.code);
  const empty = { country, readable, sharingLevel: costing?.sharingLevel ?? "country", version: costing?.version ?? 0, frame: null, years: [], scenarios: [], packages: [], versions: [], changedSinceValidated: null };
  if (!readable || !costing) return empty;
  const [{ content, editions }, versions, latest] = await readEach(db, [
    () => readCostingDraft(db, costing),
    () => listCostingVersions(db, actor, country.code),
    () => latestValidatedContent(db, country.code),
  ]);
  const edition = (id: string) => editions.get(id)!;
  return {
    ...empty,
    frame: content.frame,
    years: yearsWithPopulation(content),
    scenarios: content.scenarios.map((scenario) => ({ ...scenario, ...edition(scenario.id) })),
    packages: content.packages.map((costingPackage) => ({ ...costingPackage, ...edition(costingPackage.id) })),
    versions,
    changedSinceValidated: latest ? hasCostingChanges(compareCostingContents(latest, content)) : null,
  };
}
