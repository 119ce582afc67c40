/**
 * A reviewer, a coordinator or the country's working group comments on a milestone or a step. A reviewer's
 * first comment puts the item in review; the working group's answer to "changes requested" puts it back in review.
 */
import type { Database } from "@/db/engine";
import { reviewEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan, can } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reviewCommentSchema } from "@/lib/validation/review";
import { notifyReviewAction } from "./review-notices";
import { findReviewSubject, setReviewState } from "./subjects";

export async function commentOnReview(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(reviewCommentSchema, input);
  return db.transaction(async (tx) => {
    const subject = await findReviewSubject(tx, actor, values.subjectType, values.subjectId, { lock: true });
    assertCan(actor, "review.comment", { countryCode: subject.countryCode });
    // Notified before the entry is written, so that the commenter's own entry does not count them in.
    await notifyReviewAction(tx, actor, subject, { kind: "comment", text: values.body });
    const [entry] = await tx
      .insert(reviewEntries)
      .values({
        subjectType: subject.type,
        subjectId: subject.id,
        countryCode: subject.countryCode,
        countryStepId: subject.countryStepId,
        kind: "comment",
        body: values.body,
        authorId: actor.userId,
      })
      .returning({ id: reviewEntries.id });
    await recordAudit(tx, actor, {
      action: "review.comment",
      entityType: subject.type,
      entityId: subject.id,
      countryCode: subject.countryCode,
      after: { reviewEntryId: entry!.id, body: values.body },
    });
    const reviewer = can(actor, "review.decide", { countryCode: subject.countryCode });
    if (reviewer && subject.reviewState === null) await setReviewState(tx, actor, subject, "in_review");
    if (!reviewer && subject.reviewState === "changes_requested") await setReviewState(tx, actor, subject, "in_review");
    return { id: entry!.id, countryCode: subject.countryCode };
  });
}
