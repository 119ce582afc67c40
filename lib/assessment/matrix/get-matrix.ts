/**
 * A country's assessment matrix as the actor may read it: four guarantee blocks, each with the inventory's schemes
 * serving it and its policy gaps, implementation issues and recommendations in order; the endorsed versions; and
 * whether the draft differs from the latest. A matrix kept to its country reads as `kept` to outsiders, with nothing in it.
 */
import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, assessmentMatrices, assessmentVersions, milestones, users } from "@/db/schema";
import { type AssessmentSection, type Guarantee, guarantees, type sharingLevels } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { can } from "@/lib/permissions";
import { countryFor } from "@/lib/countries/query-countries";
import type { LocalizedText } from "@/db/schema/values";
import { canReadUnshared, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { type AssessmentContent, compareContents, type FrozenItem, type FrozenScheme, frozenItemColumns, frozenItemOf, hasChanges, inMatrixOrder, readInventory } from "./content";

export type AssessmentItemView = FrozenItem & {
  countryCode: string;
  version: number;
  reviewState: "in_review" | "changes_requested" | "validated" | null;
  endorsedOn: string | null;
  endorsementMilestoneId: string | null;
  endorsedInVersion: number | null;
  decidedOn: string | null;
  decisionReason: string | null;
  updatedAt: Date;
  withdrawalReason: string | null;
};

export type AssessmentBlockView = {
  guarantee: Guarantee;
  schemes: Omit<FrozenScheme, "sharingLevel">[];
  sections: Record<AssessmentSection, AssessmentItemView[]>;
};

export type AssessmentVersionSummary = {
  id: string;
  number: number;
  endorsedOn: string;
  /** The milestone of the dialogue, when the actor may read it. */
  milestone: { id: string; title: string } | null;
  endorsedByName: string | null;
  createdAt: Date;
};

export type AssessmentMatrixView = {
  country: { code: string; name: LocalizedText };
  /** False when the matrix is kept to its country and the actor is outside it: nothing else is filled. */
  readable: boolean;
  sharingLevel: (typeof sharingLevels)[number];
  /** The matrix's version, named by an endorsement or a sharing change; 0 before the first item. */
  version: number;
  blocks: AssessmentBlockView[];
  versions: AssessmentVersionSummary[];
  /** Whether the draft differs from the latest endorsed version; null when none was endorsed. */
  changedSinceEndorsed: boolean | null;
  /** Withdrawn items, for those who may restore them; empty for others. */
  withdrawn: AssessmentItemView[];
  itemCount: number;
};

const itemColumns = {
  ...frozenItemColumns,
  countryCode: assessmentItems.countryCode,
  version: assessmentItems.version,
  reviewState: assessmentItems.reviewState,
  endorsedOn: assessmentItems.endorsedOn,
  endorsementMilestoneId: assessmentItems.endorsementMilestoneId,
  endorsedInVersion: assessmentItems.endorsedInVersion,
  decidedOn: assessmentItems.decidedOn,
  decisionReason: assessmentItems.decisionReason,
  updatedAt: assessmentItems.updatedAt,
  withdrawalReason: assessmentItems.withdrawalReason,
};

/** Whether the actor reads the country's matrix: shared with all, or one of their countries. */
export async function matrixReadable(db: Queryable, actor: Actor, countryCode: string): Promise<{ readable: boolean; sharingLevel: (typeof sharingLevels)[number]; version: number }> {
  const [matrix] = await db
    .select({ sharingLevel: assessmentMatrices.sharingLevel, version: assessmentMatrices.version })
    .from(assessmentMatrices)
    .where(eq(assessmentMatrices.countryCode, countryCode));
  const sharingLevel = matrix?.sharingLevel ?? "country";
  return { readable: sharingLevel === "all" || canReadUnshared(actor, countryCode), sharingLevel, version: matrix?.version ?? 0 };
}

/** The schemes an outsider reads: those not kept to the country. */
export function schemesFor(actor: Actor, countryCode: string, schemes: FrozenScheme[]): FrozenScheme[] {
  return canReadUnshared(actor, countryCode) ? schemes : schemes.filter((scheme) => scheme.sharingLevel === "all");
}

/** Four blocks in the guarantees' order, from items and the schemes the reader may see. */
export function blocksOf<Item extends FrozenItem>(items: Item[], schemes: FrozenScheme[]): { guarantee: Guarantee; schemes: Omit<FrozenScheme, "sharingLevel">[]; sections: Record<AssessmentSection, Item[]> }[] {
  const ordered = inMatrixOrder(items);
  return guarantees.map((guarantee) => ({
    guarantee,
    schemes: schemes.filter((scheme) => scheme.guarantees.includes(guarantee)).map(({ sharingLevel: _level, ...scheme }) => scheme),
    sections: {
      policy_gap: ordered.filter((item) => item.guarantee === guarantee && item.section === "policy_gap"),
      implementation_issue: ordered.filter((item) => item.guarantee === guarantee && item.section === "implementation_issue"),
      recommendation: ordered.filter((item) => item.guarantee === guarantee && item.section === "recommendation"),
    },
  }));
}

export async function listAssessmentVersions(db: Queryable, actor: Actor, countryCode: string): Promise<AssessmentVersionSummary[]> {
  const rows = await db
    .select({
      id: assessmentVersions.id,
      number: assessmentVersions.number,
      endorsedOn: assessmentVersions.endorsedOn,
      milestoneId: milestones.id,
      milestoneTitle: milestones.title,
      endorsedByName: users.name,
      createdAt: assessmentVersions.createdAt,
    })
    .from(assessmentVersions)
    .leftJoin(milestones, and(eq(milestones.id, assessmentVersions.milestoneId), isNull(milestones.deletedAt), milestoneVisibleTo(actor)))
    .leftJoin(users, eq(users.id, assessmentVersions.endorsedById))
    .where(eq(assessmentVersions.countryCode, countryCode))
    .orderBy(desc(assessmentVersions.number));
  return rows.map(({ milestoneId, milestoneTitle, ...row }) => ({ ...row, milestone: milestoneId && milestoneTitle !== null ? { id: milestoneId, title: milestoneTitle } : null }));
}

/** The content frozen by the country's latest endorsed version, if any. */
export async function latestEndorsedContent(db: Queryable, countryCode: string): Promise<AssessmentContent | null> {
  const [latest] = await db
    .select({ content: assessmentVersions.content })
    .from(assessmentVersions)
    .where(eq(assessmentVersions.countryCode, countryCode))
    .orderBy(desc(assessmentVersions.number))
    .limit(1);
  return (latest?.content as AssessmentContent | undefined) ?? null;
}

export async function getAssessmentMatrix(db: Queryable, actor: Actor, code: unknown): Promise<AssessmentMatrixView> {
  const country = await countryFor(db, actor, code);
  const { readable, sharingLevel, version } = await matrixReadable(db, actor, country.code);
  const empty = { country, readable, sharingLevel, version, versions: [], changedSinceEndorsed: null, withdrawn: [], itemCount: 0 };
  if (!readable) return { ...empty, blocks: blocksOf([], []) };
  const restorer = can(actor, "assessment.write", { countryCode: country.code });
  const [items, withdrawn, inventory, versions, latest] = await Promise.all([
    db.select(itemColumns).from(assessmentItems).where(and(eq(assessmentItems.countryCode, country.code), isNull(assessmentItems.deletedAt))).orderBy(asc(assessmentItems.position)),
    restorer
      ? db.select(itemColumns).from(assessmentItems).where(and(eq(assessmentItems.countryCode, country.code), isNotNull(assessmentItems.deletedAt))).orderBy(desc(assessmentItems.updatedAt))
      : Promise.resolve([]),
    readInventory(db, country.code),
    listAssessmentVersions(db, actor, country.code),
    latestEndorsedContent(db, country.code),
  ]);
  // The draft is the items just read: compared with the latest version without reading them again.
  const draft = { items: inMatrixOrder(items.map(frozenItemOf)), schemes: inventory };
  return {
    ...empty,
    blocks: blocksOf(items, schemesFor(actor, country.code, inventory)),
    versions,
    changedSinceEndorsed: latest ? hasChanges(compareContents(latest, draft)) : null,
    withdrawn,
    itemCount: items.length,
  };
}
