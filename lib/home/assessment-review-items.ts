/**
 * Items of assessment matrices under review, for the homes: those with changes requested (the working group's
 * list) and those in review (the reviewers'), in the scope's countries and the matrices the actor reads, oldest
 * first.
 */
import { and, asc, eq, inArray, isNull, max, type SQL, sql } from "drizzle-orm";
import { assessmentItems, countries, reviewEntries, type LocalizedText } from "@/db/schema";
import { assessmentVisibleTo } from "@/lib/sharing/visibility";
import { blankItem, counted, type HomeList, type ListContext } from "./list-parts";

export type AssessmentReviewRow = { id: string; countryCode: string; countryName: LocalizedText; statement: string; since: Date | null; total: number };

export async function assessmentItemsUnderReview(context: ListContext, state: "in_review" | "changes_requested"): Promise<AssessmentReviewRow[]> {
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

/** Items of assessment matrices in a review state, as home items. */
export async function assessmentItemsIn(context: ListContext, state: "in_review" | "changes_requested"): Promise<Omit<HomeList, "kind">> {
  return counted(await assessmentItemsUnderReview(context, state), (row) => ({
    ...blankItem,
    subject: "assessment_item",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    title: row.statement,
    since: row.since,
    link: `/countries/${row.countryCode}/assessment/items/${row.id}#review`,
  }));
}

