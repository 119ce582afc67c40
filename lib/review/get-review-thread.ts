/** The review of one milestone or step, for its page: its state and its comments and decisions, oldest first. */
import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { reviewEntries, type reviewEntryKinds, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { findReviewSubject, type ReviewState, type ReviewSubjectType } from "./subjects";

export type ReviewEntryView = {
  id: string;
  kind: (typeof reviewEntryKinds)[number];
  body: string;
  authorName: string;
  createdAt: Date;
};

export type ReviewThread = { reviewState: ReviewState | null; version: number; entries: ReviewEntryView[] };

export async function getReviewThread(db: Queryable, actor: Actor, subject: { type: ReviewSubjectType; id: string }): Promise<ReviewThread> {
  const found = await findReviewSubject(db, actor, subject.type, subject.id);
  assertCan(actor, "country.read", { countryCode: found.countryCode });
  const entries = await db
    .select({ id: reviewEntries.id, kind: reviewEntries.kind, body: reviewEntries.body, authorName: users.name, createdAt: reviewEntries.createdAt })
    .from(reviewEntries)
    .innerJoin(users, eq(users.id, reviewEntries.authorId))
    .where(and(eq(reviewEntries.subjectType, found.type), eq(reviewEntries.subjectId, found.id)))
    .orderBy(asc(reviewEntries.createdAt), asc(reviewEntries.id));
  return { reviewState: found.reviewState, version: found.version, entries };
}
