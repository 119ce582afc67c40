/**
 * A reviewer, a coordinator, an adviser or the country's working group comments on a milestone, a step or an
 * assessment item. A reviewer's first comment puts the item in review; the working group's answer to "changes
 * requested" puts it back in review.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { reviewCommentSchema } from "@/lib/validation/review";
import { notifyReviewAction } from "./review-notices";
import { addReviewEntry, reviewSubjectForChange, setReviewState } from "./subjects";

export async function commentOnReview(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(reviewCommentSchema, input);
  return db.transaction(async (tx) => {
    const subject = await reviewSubjectForChange(tx, actor, values, "review.comment");
    // Notified before the entry is written, so that the commenter's own entry does not count them in.
    await notifyReviewAction(tx, actor, subject, { kind: "comment", text: values.body });
    const entryId = await addReviewEntry(tx, actor, subject, { kind: "comment", body: values.body });
    await recordAudit(tx, actor, {
      action: "review.comment",
      entityType: subject.type,
      entityId: subject.id,
      countryCode: subject.countryCode,
      after: { reviewEntryId: entryId, body: values.body },
    });
    const reviewer = can(actor, "review.decide", { countryCode: subject.countryCode });
    // An adviser's remark leaves the state alone: only the working group's answer puts an item back in review.
    const workingGroup = can(actor, "milestone.log", { countryCode: subject.countryCode });
    if (reviewer && subject.reviewState === null) await setReviewState(tx, actor, subject, "in_review");
    if (!reviewer && workingGroup && subject.reviewState === "changes_requested") await setReviewState(tx, actor, subject, "in_review");
    return { id: entryId, countryCode: subject.countryCode };
  });
}
