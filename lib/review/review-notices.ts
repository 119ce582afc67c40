/** Who hears of a review action: the item's owners (a milestone's author, a step's working group) and everyone already in its thread. */
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { reviewEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notify, workingGroupOf } from "@/lib/notifications/notify";
import type { ReviewSubject } from "./subjects";

export function reviewLink(subject: Pick<ReviewSubject, "type" | "id" | "countryCode">): string {
  const page = subject.type === "milestone" ? "milestones" : "steps";
  return `/countries/${subject.countryCode}/${page}/${subject.id}#review`;
}

export async function notifyReviewAction(
  tx: Transaction,
  actor: Actor,
  subject: ReviewSubject,
  action: { kind: "comment" | "changes_requested" | "validated"; text: string },
): Promise<void> {
  const owners = subject.authorId ? [subject.authorId] : await workingGroupOf(tx, subject.countryCode);
  const thread = await tx
    .selectDistinct({ authorId: reviewEntries.authorId })
    .from(reviewEntries)
    .where(and(eq(reviewEntries.subjectType, subject.type), eq(reviewEntries.subjectId, subject.id)));
  await notify(tx, actor, {
    kind: action.kind === "comment" ? "review_comment" : "review_decision",
    recipientIds: [...owners, ...thread.map((row) => row.authorId)],
    countryCode: subject.countryCode,
    link: reviewLink(subject),
    params: {
      action: action.kind,
      subjectType: subject.type,
      subject: subject.title,
      countryStepId: subject.countryStepId,
      text: action.text.length > 300 ? `${action.text.slice(0, 300)}…` : action.text,
    },
  });
}
