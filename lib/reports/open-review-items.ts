/**
 * The open review items of a country for its report: milestones, steps and assessment items on which a reviewer
 * requested changes that the working group has not yet answered, with the request's reason, who made it and when.
 * Milestones and assessment items pass through the sharing rule like every other read.
 */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, countrySteps, milestones, reviewEntries, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assessmentVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";

export type OpenReviewItem = {
  id: string;
  subjectType: "milestone" | "country_step" | "assessment_item";
  /** The milestone's title or the assessment item's statement; a step is named by the report from `countryStepId`. */
  title: string | null;
  countryStepId: string | null;
  reason: string;
  openedAt: Date;
  openedByName: string | null;
};

export async function listOpenReviewItems(db: Queryable, actor: Actor, countryCode: string): Promise<OpenReviewItem[]> {
  const [openMilestones, openSteps, openItems] = await Promise.all([
    db
      .select({ id: milestones.id, title: milestones.title })
      .from(milestones)
      .where(and(eq(milestones.countryCode, countryCode), eq(milestones.reviewState, "changes_requested"), isNull(milestones.deletedAt), milestoneVisibleTo(actor))),
    db
      .select({ id: countrySteps.id })
      .from(countrySteps)
      .where(and(eq(countrySteps.countryCode, countryCode), eq(countrySteps.reviewState, "changes_requested"))),
    db
      .select({ id: assessmentItems.id, title: assessmentItems.statement })
      .from(assessmentItems)
      .where(
        and(
          eq(assessmentItems.countryCode, countryCode),
          eq(assessmentItems.reviewState, "changes_requested"),
          isNull(assessmentItems.deletedAt),
          assessmentVisibleTo(actor, assessmentItems.countryCode),
        ),
      ),
  ]);
  const titles = new Map([...openMilestones, ...openItems].map((subject) => [subject.id, subject.title]));
  const subjects = [
    ...(openMilestones.length ? [and(eq(reviewEntries.subjectType, "milestone"), inArray(reviewEntries.subjectId, openMilestones.map((milestone) => milestone.id)))] : []),
    ...(openItems.length ? [and(eq(reviewEntries.subjectType, "assessment_item"), inArray(reviewEntries.subjectId, openItems.map((item) => item.id)))] : []),
    ...(openSteps.length ? [and(eq(reviewEntries.subjectType, "country_step"), inArray(reviewEntries.subjectId, openSteps.map((step) => step.id)))] : []),
  ];
  if (subjects.length === 0) return [];
  // The latest request for changes on each subject is the one still open.
  const requests = await db
    .selectDistinctOn([reviewEntries.subjectType, reviewEntries.subjectId], {
      subjectType: reviewEntries.subjectType,
      subjectId: reviewEntries.subjectId,
      countryStepId: reviewEntries.countryStepId,
      reason: reviewEntries.body,
      openedAt: reviewEntries.createdAt,
      openedByName: users.name,
    })
    .from(reviewEntries)
    .leftJoin(users, eq(users.id, reviewEntries.authorId))
    .where(and(eq(reviewEntries.kind, "changes_requested"), or(...subjects)))
    .orderBy(reviewEntries.subjectType, reviewEntries.subjectId, desc(reviewEntries.createdAt), sql`${reviewEntries.id} desc`);
  return requests
    .map((request) => ({
      id: request.subjectId,
      subjectType: request.subjectType,
      title: request.subjectType === "country_step" ? null : (titles.get(request.subjectId) ?? null),
      countryStepId: request.countryStepId,
      reason: request.reason,
      openedAt: request.openedAt,
      openedByName: request.openedByName,
    }))
    .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
}
