/** Reads milestones with their author and their evidence, for the workspace, the step page and the milestone page. */
import { and, asc, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { evidence, milestones, storedFiles, users } from "@/db/schema";

export type EvidenceView = {
  id: string;
  kind: "link" | "file";
  title: string;
  url: string | null;
  contentType: string | null;
  byteSize: number | null;
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

/** Milestones matching `where`, latest first by the date they happened, each with its evidence still attached. */
export async function listMilestones(db: Queryable, where: SQL | undefined): Promise<MilestoneView[]> {
  const rows = await db
    .select({
      id: milestones.id,
      countryCode: milestones.countryCode,
      countryStepId: milestones.countryStepId,
      title: milestones.title,
      occurredOn: milestones.occurredOn,
      description: milestones.description,
      version: milestones.version,
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
    .where(where)
    .orderBy(desc(milestones.occurredOn), desc(milestones.createdAt));
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
      addedAt: evidence.createdAt,
    })
    .from(evidence)
    .leftJoin(storedFiles, eq(storedFiles.id, evidence.fileId))
    .where(and(inArray(evidence.milestoneId, rows.map((row) => row.id)), isNull(evidence.deletedAt)))
    .orderBy(asc(evidence.createdAt));
  const byMilestone = new Map<string, EvidenceView[]>();
  for (const { milestoneId, ...item } of items) byMilestone.set(milestoneId, [...(byMilestone.get(milestoneId) ?? []), item]);
  return rows.map((row) => ({ ...row, evidence: byMilestone.get(row.id) ?? [] }));
}
