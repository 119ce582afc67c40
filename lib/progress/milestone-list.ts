/**
 * Reads milestones with their author and their evidence, for the workspace, the step page, the milestone page,
 * the timeline, and the conditions the milestones export reads by: only what the reader may see (lib/sharing/visibility.ts).
 */
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Queryable, queryRows } from "@/db/engine";
import { countrySteps, evidence, milestones, type sharingLevels, storedFiles, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { evidenceSharedWithAll, evidenceVisibleTo, milestoneSharedWithAll, milestoneVisibleTo } from "@/lib/sharing/visibility";

export type SharingLevel = (typeof sharingLevels)[number];

export type EvidenceView = {
  id: string;
  kind: "link" | "file";
  title: string;
  url: string | null;
  contentType: string | null;
  byteSize: number | null;
  sharingLevel: SharingLevel;
  addedAt: Date;
};

export type MilestoneView = {
  id: string;
  countryCode: string;
  countryStepId: string;
  title: string;
  occurredOn: string;
  description: string;
  version: number;
  sharingLevel: SharingLevel;
  reviewState: (typeof milestones.$inferSelect)["reviewState"];
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  deletedByName: string | null;
  evidence: EvidenceView[];
};

const deletedBy = alias(users, "deleted_by");

/**
 * The milestones that come after the one with this id in the list's order: the next page of a keyset walk.
 * The position is read in SQL, so timestamps keep the microseconds JavaScript dates would lose.
 */
export function milestoneKeysetAfter(milestoneId: string): SQL {
  return sql`(${milestones.occurredOn}, ${milestones.createdAt}, ${milestones.id}) <
    (select m.occurred_on, m.created_at, m.id from milestones m where m.id = ${milestoneId})`;
}

/** The milestones matching `where` that the actor may read; with `sharedOnly`, only those shared with all. */
export function readableMilestones(actor: Actor, where: SQL | undefined, sharedOnly = false): SQL {
  return and(where, milestoneVisibleTo(actor), sharedOnly ? milestoneSharedWithAll : undefined)!;
}

/** The `where` condition on `evidence` for what is still attached and the actor may read (with `sharedOnly`, shared with all). */
export function readableEvidence(actor: Actor, sharedOnly = false): SQL {
  return and(isNull(evidence.deletedAt), evidenceVisibleTo(actor), sharedOnly ? evidenceSharedWithAll : undefined)!;
}

/** The order of every milestone list: latest first by the date it happened (`milestoneKeysetAfter` walks it). */
export const milestoneListOrder = [desc(milestones.occurredOn), desc(milestones.createdAt), desc(milestones.id)];

/**
 * Milestones matching `where` that the actor may read, latest first by the date they happened, each with the
 * evidence still attached that the actor may read. `sharedOnly` keeps what was shared with all, whoever reads.
 * `limit` reads one page of a long list (the exports page by keyset with `milestoneKeysetAfter`).
 */
export async function listMilestones(
  db: Queryable,
  actor: Actor,
  where: SQL | undefined,
  options: { sharedOnly?: boolean; limit?: number } = {},
): Promise<MilestoneView[]> {
  const query = db
    .select({
      id: milestones.id,
      countryCode: milestones.countryCode,
      countryStepId: milestones.countryStepId,
      title: milestones.title,
      occurredOn: milestones.occurredOn,
      description: milestones.description,
      version: milestones.version,
      sharingLevel: milestones.sharingLevel,
      reviewState: milestones.reviewState,
      authorId: milestones.authorId,
      authorName: users.name,
      createdAt: milestones.createdAt,
      updatedAt: milestones.updatedAt,
      deletedAt: milestones.deletedAt,
      deletedByName: deletedBy.name,
    })
    .from(milestones)
    .innerJoin(users, eq(users.id, milestones.authorId))
    .leftJoin(deletedBy, eq(deletedBy.id, milestones.deletedById))
    .where(readableMilestones(actor, where, options.sharedOnly))
    .orderBy(...milestoneListOrder)
    .$dynamic();
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  if (rows.length === 0) return [];

  const items = await db
    .select({
      id: evidence.id,
      milestoneId: evidence.milestoneId,
      kind: evidence.kind,
      title: evidence.title,
      url: evidence.url,
      contentType: storedFiles.contentType,
      byteSize: storedFiles.byteSize,
      sharingLevel: evidence.sharingLevel,
      addedAt: evidence.createdAt,
    })
    .from(evidence)
    .leftJoin(storedFiles, eq(storedFiles.id, evidence.fileId))
    .where(
      and(
        inArray(evidence.milestoneId, rows.map((row) => row.id)),
        readableEvidence(actor, options.sharedOnly),
      ),
    )
    .orderBy(asc(evidence.createdAt));
  const byMilestone = new Map<string, EvidenceView[]>();
  for (const { milestoneId, ...item } of items) byMilestone.set(milestoneId, [...(byMilestone.get(milestoneId) ?? []), item]);
  return rows.map((row) => ({ ...row, evidence: byMilestone.get(row.id) ?? [] }));
}

/**
 * The latest `perStep` live milestones the actor may read on each of these steps, as `listMilestones` gives them:
 * one index walk per step (milestones by step and date), so a page that shows a few per step reads those rows, not
 * the step's whole history.
 */
export async function listLatestMilestonesOfSteps(db: Queryable, actor: Actor, countryStepIds: string[], perStep: number): Promise<MilestoneView[]> {
  if (countryStepIds.length === 0) return [];
  const latest = await queryRows<{ id: string }>(
    db,
    sql`select latest.id
          from ${countrySteps}
          cross join lateral (
            select ${milestones.id} as id from ${milestones}
             where ${milestones.countryStepId} = ${countrySteps.id} and ${milestones.deletedAt} is null and (${milestoneVisibleTo(actor)})
             order by ${milestones.occurredOn} desc, ${milestones.createdAt} desc, ${milestones.id} desc
             limit ${perStep}) latest
         where ${inArray(countrySteps.id, countryStepIds)}`,
  );
  return latest.length === 0 ? [] : listMilestones(db, actor, inArray(milestones.id, latest.map((row) => row.id)));
}
