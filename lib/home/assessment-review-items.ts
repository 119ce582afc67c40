/**
 * Items of assessment matrices under review, for the homes: those with changes requested (the working group's
 * list) and those in review (the reviewers'), in the scope's countries and the matrices the actor reads, oldest
 * first. Kept apart from home-lists.ts, which holds the lists of steps, milestones and support.
 */
import { and, asc, eq, inArray, isNull, max, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, countries, reviewEntries, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { ActionScope } from "@/lib/permissions";
import { assessmentVisibleTo } from "@/lib/sharing/visibility";

export type AssessmentReviewRow = { id: string; countryCode: string; countryName: LocalizedText; statement: string; since: Date | null; total: number };

export async function assessmentItemsUnderReview(
  context: { db: Queryable; actor: Actor; scope: ActionScope; limit: number },
  state: "in_review" | "changes_requested",
): Promise<AssessmentReviewRow[]> {
  const lastEntry = context.db
    .select({ at: max(reviewEntries.createdAt) })
    .from(reviewEntries)
    .where(
      and(
        eq(reviewEntries.subjectType, "assessment_item"),
        eq(reviewEntries.subjectId, assessmentItems.id),
        state === "changes_requested" ? eq(reviewEntries.kind, "changes_requested") : undefined,
      ),
    );
  // In review since the later of its last edit and its last review entry; changes requested since the request.
  const since: SQL<Date | null> = state === "in_review" ? sql`greatest(${assessmentItems.updatedAt}, (${lastEntry}))` : sql`(${lastEntry})`;
  const inScope = context.scope === "any" ? undefined : context.scope.countryCodes.length ? inArray(assessmentItems.countryCode, context.scope.countryCodes) : sql`false`;
  return context.db
    .select({
      id: assessmentItems.id,
      countryCode: assessmentItems.countryCode,
      countryName: countries.name,
      statement: assessmentItems.statement,
      since: since.mapWith(assessmentItems.updatedAt),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(assessmentItems)
    .innerJoin(countries, eq(countries.code, assessmentItems.countryCode))
    .where(and(inScope, eq(assessmentItems.reviewState, state), isNull(assessmentItems.deletedAt), assessmentVisibleTo(context.actor, assessmentItems.countryCode)))
    .orderBy(asc(since), asc(assessmentItems.id))
    .limit(context.limit);
}
