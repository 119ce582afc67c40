/**
 * The things a review is about (a milestone, a country step or an item of an assessment matrix): found and locked by
 * id, with their country, state and version.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { assessmentItems, countrySteps, frameworkSteps, milestones, reviewEntries, type reviewStates, type reviewSubjects, type sharingLevels } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { assessmentVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";

type SharingLevel = (typeof sharingLevels)[number];
export type ReviewSubjectType = (typeof reviewSubjects)[number];
export type ReviewState = (typeof reviewStates)[number];

export type ReviewSubject = {
  type: ReviewSubjectType;
  id: string;
  countryCode: string;
  /** The step it belongs to; null for an assessment item, which is its country's matrix's. */
  countryStepId: string | null;
  reviewState: ReviewState | null;
  version: number;
  /** The milestone's author; null for a step, which belongs to its country's whole working group. */
  authorId: string | null;
  /** A milestone's title, a step's framework key or national title, or an assessment item's statement, for notices. */
  title: string;
  /** Who may read it: a milestone's level, an assessment item's matrix's; a step is read by everyone signed in. */
  sharingLevel: SharingLevel;
};

/**
 * The live subject (a deleted milestone is not reviewed) as the actor may read it: a milestone kept to its
 * country is not found for outsiders, so it cannot be commented on, decided or read through its thread by id.
 * With `lock`, locked for the rest of the transaction.
 */
export async function findReviewSubject(
  tx: Queryable,
  actor: Actor,
  type: ReviewSubjectType,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReviewSubject> {
  if (!isRecordId(id)) throw notFound();
  if (type === "assessment_item") return findAssessmentItemSubject(tx, actor, id, options);
  if (type === "milestone") {
    const query = tx
      .select()
      .from(milestones)
      .where(and(eq(milestones.id, id), isNull(milestones.deletedAt), milestoneVisibleTo(actor)));
    const [row] = options.lock ? await query.for("update") : await query;
    if (!row) throw notFound();
    return {
      type,
      id: row.id,
      countryCode: row.countryCode,
      countryStepId: row.countryStepId,
      reviewState: row.reviewState,
      version: row.version,
      authorId: row.authorId,
      title: row.title,
      sharingLevel: row.sharingLevel,
    };
  }
  const query = tx
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      reviewState: countrySteps.reviewState,
      version: countrySteps.version,
      key: frameworkSteps.key,
      nationalTitle: countrySteps.nationalTitle,
    })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.id, id));
  const [row] = options.lock ? await query.for("update", { of: countrySteps }) : await query;
  if (!row) throw notFound();
  return {
    type,
    id: row.id,
    countryCode: row.countryCode,
    countryStepId: row.id,
    reviewState: row.reviewState,
    version: row.version,
    authorId: null,
    title: row.nationalTitle ?? row.key ?? "",
    sharingLevel: "all",
  };
}

/** An assessment item under review: live, its matrix readable by the actor. */
async function findAssessmentItemSubject(tx: Queryable, actor: Actor, id: string, options: { lock?: boolean }): Promise<ReviewSubject> {
  const query = tx
    .select({
      id: assessmentItems.id,
      countryCode: assessmentItems.countryCode,
      reviewState: assessmentItems.reviewState,
      version: assessmentItems.version,
      statement: assessmentItems.statement,
      // Spelled out: in a select list the column would lose its table and compare the matrices' own column with itself.
      sharingLevel: sql<SharingLevel>`coalesce((select "matrix"."sharing_level" from "assessment_matrices" "matrix" where "matrix"."country_code" = "assessment_items"."country_code"), 'country')`,
    })
    .from(assessmentItems)
    .where(and(eq(assessmentItems.id, id), isNull(assessmentItems.deletedAt), assessmentVisibleTo(actor, assessmentItems.countryCode)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  const title = row.statement.length > 120 ? `${row.statement.slice(0, 119)}…` : row.statement;
  return { type: "assessment_item", id: row.id, countryCode: row.countryCode, countryStepId: null, reviewState: row.reviewState, version: row.version, authorId: null, title, sharingLevel: row.sharingLevel };
}

/** A live subject the actor may comment on or decide, locked for the change; NOT_FOUND / FORBIDDEN otherwise. */
export async function reviewSubjectForChange(
  tx: Transaction,
  actor: Actor,
  subject: { subjectType: ReviewSubjectType; subjectId: string },
  action: "review.comment" | "review.decide",
): Promise<ReviewSubject> {
  const found = await findReviewSubject(tx, actor, subject.subjectType, subject.subjectId, { lock: true });
  assertCan(actor, action, { countryCode: found.countryCode });
  return found;
}

/** Writes one entry of a subject's review thread (a comment or a decision with its reason) and returns its id. */
export async function addReviewEntry(
  tx: Transaction,
  actor: Actor,
  subject: ReviewSubject,
  entry: { kind: (typeof reviewEntries.$inferInsert)["kind"]; body: string },
): Promise<string> {
  const [added] = await tx
    .insert(reviewEntries)
    .values({ subjectType: subject.type, subjectId: subject.id, countryCode: subject.countryCode, countryStepId: subject.countryStepId, ...entry, authorId: actor.userId })
    .returning({ id: reviewEntries.id });
  return added!.id;
}

/** Writes the review state column only; callers write the audit entry that says why. */
export async function updateReviewState(tx: Transaction, subject: { type: ReviewSubjectType; id: string }, to: ReviewState): Promise<void> {
  if (subject.type === "milestone") await tx.update(milestones).set({ reviewState: to }).where(eq(milestones.id, subject.id));
  else if (subject.type === "assessment_item") await tx.update(assessmentItems).set({ reviewState: to }).where(eq(assessmentItems.id, subject.id));
  else await tx.update(countrySteps).set({ reviewState: to }).where(eq(countrySteps.id, subject.id));
}

/** Sets the review state of a subject and writes the change to the audit log, in the caller's transaction. */
export async function setReviewState(tx: Transaction, actor: Actor, subject: ReviewSubject, to: ReviewState): Promise<void> {
  if (subject.reviewState === to) return;
  await updateReviewState(tx, subject, to);
  await recordAudit(tx, actor, {
    action: "review.state",
    entityType: subject.type,
    entityId: subject.id,
    countryCode: subject.countryCode,
    before: { reviewState: subject.reviewState },
    after: { reviewState: to },
  });
}

/**
 * An edit of a milestone, a step or an assessment item under review sends it back to review: "changes requested" and "validated"
 * become "in review". Called by the progress use cases inside the transaction of the edit.
 */
export async function returnToReview(tx: Transaction, actor: Actor, subject: { type: ReviewSubjectType; id: string; countryCode: string }): Promise<void> {
  const reopen = ["changes_requested", "validated"] as const;
  const [changed] =
    subject.type === "milestone"
      ? await tx.select({ reviewState: milestones.reviewState }).from(milestones).where(and(eq(milestones.id, subject.id), inArray(milestones.reviewState, reopen)))
      : subject.type === "assessment_item"
        ? await tx
            .select({ reviewState: assessmentItems.reviewState })
            .from(assessmentItems)
            .where(and(eq(assessmentItems.id, subject.id), inArray(assessmentItems.reviewState, reopen)))
        : await tx
          .select({ reviewState: countrySteps.reviewState })
          .from(countrySteps)
          .where(and(eq(countrySteps.id, subject.id), inArray(countrySteps.reviewState, reopen)));
  if (!changed) return;
  await updateReviewState(tx, subject, "in_review");
  await recordAudit(tx, actor, {
    action: "review.state",
    entityType: subject.type,
    entityId: subject.id,
    countryCode: subject.countryCode,
    before: { reviewState: changed.reviewState },
    after: { reviewState: "in_review" },
  });
}
