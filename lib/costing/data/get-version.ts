/**
 * One validated version of a country's costing, as frozen at its dialogue (frame, inputs, scenarios, packages and
 * their rows), and what the draft changed since: inputs by year and field, scenarios and packages added, changed and
 * removed, each package's total per year before and after. Read under the costing's sharing rule: a costing kept to
 * its country gives outsiders no version at all (NOT_FOUND, as for a number that does not exist).
 */
import { and, eq } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import { costingVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { notFound } from "@/lib/errors";
import { versionNumber } from "@/lib/progress/dialogue-versions";
import { type CostingComparison, compareCostingContents } from "./compare";
import { type CostingContent, readCostingDraft } from "./content";
import { type CostingVersionSummary, type CostingView, costingReadable, listCostingVersions } from "./get-costing";

export type CostingVersionView = {
  country: CostingView["country"];
  version: CostingVersionSummary;
  /** The newest version's number, to say whether this one is the latest. */
  latestNumber: number;
  content: CostingContent;
  /** From this version to the draft as it stands. */
  sinceThen: CostingComparison;
};

export async function getCostingVersion(db: Queryable, actor: Actor, code: unknown, numberInput: unknown): Promise<CostingVersionView> {
  const country = await countryFor(db, actor, code);
  const number = versionNumber(numberInput);
  const { costing, readable } = await costingReadable(db, actor, country.code);
  if (!readable || !costing) throw notFound();
  const [row] = await db
    .select({ content: costingVersions.content })
    .from(costingVersions)
    .where(and(eq(costingVersions.countryCode, country.code), eq(costingVersions.number, number)));
  if (!row) throw notFound();
  const content = row.content as CostingContent;
  const [versions, draft] = await readEach(db, [() => listCostingVersions(db, actor, country.code), () => readCostingDraft(db, costing)]);
  return {
    country,
    version: versions.find((version) => version.number === number)!,
    latestNumber: versions[0]!.number,
    content,
    sinceThen: compareCostingContents(content, draft.content),
  };
}
