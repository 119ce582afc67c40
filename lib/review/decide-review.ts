/**
 * A reviewer or a coordinator requests changes on a milestone or a step (with a reason) or validates it. The
 * decision names the version of the item the reviewer saw; an item changed since gets CONFLICT.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { reviewDecisionSchema } from "@/lib/validation/review";
import { notifyReviewAction } from "./review-notices";
import { addReviewEntry, reviewSubjectForChange, updateReviewState } from "./subjects";

export async function decideReview(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(reviewDecisionSchema, input);
  return db.transaction(async (tx) => {
    const subject = await reviewSubjectForChange(tx, actor, values, "review.decide");
    if (subject.version !== values.version) {
      throw new AppError("CONFLICT", "review.changedSinceSeen", { current: { kind: "review", version: subject.version, reviewState: subject.reviewState } });
    }
    await notifyReviewAction(tx, actor, subject, { kind: values.decision, text: values.reason });
    const entryId = await addReviewEntry(tx, actor, subject, { kind: values.decision, body: values.reason });
    await updateReviewState(tx, subject, values.decision);
    await recordAudit(tx, actor, {
      action: "review.decide",
      entityType: subject.type,
      entityId: subject.id,
      countryCode: subject.countryCode,
      before: { reviewState: subject.reviewState },
      after: { reviewState: values.decision, reason: values.reason, reviewEntryId: entryId },
    });
    return { id: entryId, countryCode: subject.countryCode };
  });
}
