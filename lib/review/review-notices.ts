/** Who hears of a review action: the item's owners (a milestone's author, a step's working group) and everyone already in its thread. */
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { memberships, reviewEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notify, workingGroupOf } from "@/lib/notifications/notify";
import { canReadUnshared } from "@/lib/sharing/visibility";
import type { ReviewSubject } from "./subjects";

export function reviewLink(subject: Pick<ReviewSubject, "type" | "id" | "countryCode">): string {
  const page = subject.type === "milestone" ? "milestones" : subject.type === "assessment_item" ? "assessment/items" : "steps";
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
  const recipientIds = [...owners, ...thread.map((row) => row.authorId)];
  await notify(tx, actor, {
    kind: action.kind === "comment" ? "review_comment" : "review_decision",
    recipientIds: subject.sharingLevel === "all" ? recipientIds : await readersOfUnshared(tx, recipientIds, subject.countryCode),
    countryCode: subject.countryCode,
    link: reviewLink(subject),
    params: {
      action: action.kind,
      subjectType: subject.type,
      subject: subject.title,
      ...(subject.countryStepId ? { countryStepId: subject.countryStepId } : {}),
      text: action.text.length > 300 ? `${action.text.slice(0, 300)}…` : action.text,
    },
  });
}

/**
 * Of these people, those who read what the country keeps to itself: a reviewer who commented while a milestone
 * was shared hears nothing of it (not even its new title) once it is kept to its country.
 */
async function readersOfUnshared(tx: Transaction, userIds: string[], countryCode: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const held = await tx
    .select({ userId: memberships.userId, role: memberships.role, countryCode: memberships.countryCode, agencyId: memberships.agencyId })
    .from(memberships)
    .where(inArray(memberships.userId, userIds));
  return userIds.filter((userId) => {
    const reader: Actor = { userId, email: "", name: "", locale: null, memberships: held.filter((row) => row.userId === userId) };
    return canReadUnshared(reader, countryCode);
  });
}
