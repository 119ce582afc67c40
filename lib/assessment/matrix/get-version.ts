/**
 * One endorsed version of a country's matrix, as frozen at its dialogue, and what the draft changed since: the items
 * added, changed (which fields, before and after) and removed. Read under the matrix's sharing rule; the schemes kept
 * to the country are left out for outsiders, in the version as in the draft.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentVersions, schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { notFound } from "@/lib/errors";
import { versionNumber } from "@/lib/progress/dialogue-versions";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { type AssessmentContent, type ContentComparison, compareContents, type FrozenItem, type FrozenScheme, readDraftContent } from "./content";
import { type AssessmentMatrixView, type AssessmentVersionSummary, blocksOf, listAssessmentVersions, matrixReadable } from "./get-matrix";

export type AssessmentVersionView = {
  country: AssessmentMatrixView["country"];
  version: AssessmentVersionSummary;
  /** The newest version's number, to say whether this one is the latest. */
  latestNumber: number;
  blocks: ReturnType<typeof blocksOf<FrozenItem>>;
  /** From this version to the draft as it stands. */
  sinceThen: ContentComparison;
};

/**
 * The frozen schemes an outsider reads: shared when the version was endorsed and still shared now. A scheme its
 * country has kept to itself since is kept from its past versions too, as a milestone kept since is.
 */
async function frozenSchemesFor(db: Queryable, actor: Actor, countryCode: string, frozen: FrozenScheme[]): Promise<FrozenScheme[]> {
  if (canReadUnshared(actor, countryCode)) return frozen;
  const sharedThen = frozen.filter((scheme) => scheme.sharingLevel === "all").map((scheme) => scheme.id);
  if (sharedThen.length === 0) return [];
  const sharedNow = await db.select({ id: schemes.id }).from(schemes).where(and(inArray(schemes.id, sharedThen), eq(schemes.sharingLevel, "all")));
  const ids = new Set(sharedNow.map((scheme) => scheme.id));
  return frozen.filter((scheme) => ids.has(scheme.id));
}

export async function getAssessmentVersion(db: Queryable, actor: Actor, code: unknown, numberInput: unknown): Promise<AssessmentVersionView> {
  const country = await countryFor(db, actor, code);
  const number = versionNumber(numberInput);
  const { readable } = await matrixReadable(db, actor, country.code);
  if (!readable) throw notFound();
  const [row] = await db
    .select({ content: assessmentVersions.content })
    .from(assessmentVersions)
    .where(and(eq(assessmentVersions.countryCode, country.code), eq(assessmentVersions.number, number)));
  if (!row) throw notFound();
  const frozen = row.content as AssessmentContent;
  const [versions, draft, frozenSchemes] = await Promise.all([
    listAssessmentVersions(db, actor, country.code),
    readDraftContent(db, country.code),
    frozenSchemesFor(db, actor, country.code, frozen.schemes),
  ]);
  return {
    country,
    version: versions.find((version) => version.number === number)!,
    latestNumber: versions[0]!.number,
    blocks: blocksOf(frozen.items, frozenSchemes),
    sinceThen: compareContents(frozen, draft),
  };
}
