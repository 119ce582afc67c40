/**
 * Every list a home shows, one entry per kind of item: the query that finds the items in a role's scope, the
 * first `limit` of them in the order a person should act, and how many there are in all. Adding a kind is one
 * entry here and its name in item-kinds.ts (decision 2300). Milestones and evidence pass through the sharing rule.
 * The parts every list shares are in list-parts.ts; support's lists in support-lists.ts.
 */
import { and, asc, eq, exists, inArray, isNull, lt, max, notExists, type SQL, sql } from "drizzle-orm";
import { countries, countrySteps, evidence, frameworkSteps, milestones, reviewEntries, supportEntries, supportNeeds } from "@/db/schema";
import { stepTitle } from "@/lib/progress/step-title";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { assessmentItemsIn } from "./assessment-review-items";
import { blankItem, counted, daysAgo, type HomeList, inCountries, type ListContext, type ListRead, ofAgencies, total } from "./list-parts";
import { openRounds, reportsDue } from "./report-lists";
import { entriesWithoutTransactions, needItems } from "./support-lists";
import { type HomeItemKind, oldNeedDays, quietDays } from "./item-kinds";

export type { HomeItem, HomeList } from "./list-parts";

const stepLink = (countryCode: string, id: string) => `/countries/${countryCode}/steps/${id}`;

/** Steps of the scope's countries in some condition, each with its title, ordered by `order`. */
async function stepItems(context: ListContext, condition: SQL, since: SQL<Date | null>, order: SQL[]): Promise<Omit<HomeList, "kind">> {
  const rows = await context.db
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      countryName: countries.name,
      stepTitle,
      status: countrySteps.status,
      since: since.mapWith(countrySteps.statusChangedAt),
      total,
    })
    .from(countrySteps)
    .innerJoin(countries, eq(countries.code, countrySteps.countryCode))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(inCountries(context.scope, countrySteps.countryCode), condition))
    .orderBy(...order, asc(countrySteps.countryCode), asc(countrySteps.position))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "country_step",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    stepStatus: row.status,
    since: row.since,
    link: stepLink(row.countryCode, row.id),
  }));
}

/** Live milestones the actor may read, in the scope's countries and some condition, ordered by `since`. */
async function milestoneItems(context: ListContext, condition: SQL, since: SQL<Date | null>): Promise<Omit<HomeList, "kind">> {
  const rows = await context.db
    .select({
      id: milestones.id,
      countryCode: milestones.countryCode,
      countryName: countries.name,
      stepTitle,
      title: milestones.title,
      since: since.mapWith(milestones.updatedAt),
      total,
    })
    .from(milestones)
    .innerJoin(countries, eq(countries.code, milestones.countryCode))
    .innerJoin(countrySteps, eq(countrySteps.id, milestones.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(inCountries(context.scope, milestones.countryCode), isNull(milestones.deletedAt), milestoneVisibleTo(context.actor), condition))
    .orderBy(asc(since), asc(milestones.id))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "milestone",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    title: row.title,
    since: row.since,
    link: `/countries/${row.countryCode}/milestones/${row.id}`,
  }));
}

/** Milestones, steps and assessment items together, oldest first: each list is cut at `limit`, so the first `limit` of both are among them. */
function mergeOldestFirst(limit: number, ...lists: Omit<HomeList, "kind">[]): Omit<HomeList, "kind"> {
  const items = lists
    .flatMap((list) => list.items)
    .sort((a, b) => (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0))
    .slice(0, limit);
  return { count: lists.reduce((sum, list) => sum + list.count, 0), items };
}

/** The latest milestone logged on the step (the sharing rule applied), as a correlated subquery. */
const lastMilestoneOfStep = (context: ListContext) =>
  context.db
    .select({ at: max(milestones.createdAt) })
    .from(milestones)
    .where(and(eq(milestones.countryStepId, countrySteps.id), isNull(milestones.deletedAt), milestoneVisibleTo(context.actor)));

/** When changes were last requested on a subject, or (any entry) when its review last moved. */
const lastReviewEntry = (context: ListContext, subject: "milestone" | "country_step", kind?: "changes_requested") =>
  context.db
    .select({ at: max(reviewEntries.createdAt) })
    .from(reviewEntries)
    .where(
      and(
        eq(reviewEntries.subjectType, subject),
        eq(reviewEntries.subjectId, subject === "milestone" ? milestones.id : countrySteps.id),
        kind ? eq(reviewEntries.kind, kind) : undefined,
      ),
    );

const statusSince = sql<Date | null>`coalesce(${countrySteps.statusChangedAt}, ${countrySteps.createdAt})`;

/**
 * A country's last update: a step's status changed, or a milestone (one the actor reads), support entry or need
 * was recorded or edited. Null when nothing ever happened.
 */
const countryLastUpdate = (context: ListContext) => sql<Date | null>`greatest(
  (select max(${countrySteps.statusChangedAt}) from ${countrySteps} where ${countrySteps.countryCode} = ${countries.code}),
  (${context.db
    .select({ at: max(milestones.updatedAt) })
    .from(milestones)
    .where(and(eq(milestones.countryCode, countries.code), isNull(milestones.deletedAt), milestoneVisibleTo(context.actor)))}),
  (select max(${supportEntries.updatedAt}) from ${supportEntries} where ${supportEntries.countryCode} = ${countries.code} and ${supportEntries.deletedAt} is null),
  (select max(${supportNeeds.updatedAt}) from ${supportNeeds} where ${supportNeeds.countryCode} = ${countries.code} and ${supportNeeds.deletedAt} is null))`;

async function quietCountries(context: ListContext): Promise<Omit<HomeList, "kind">> {
  const lastUpdate = countryLastUpdate(context);
  const rows = await context.db
    .select({ code: countries.code, name: countries.name, lastUpdate: lastUpdate.mapWith(countries.updatedAt), total })
    .from(countries)
    // One comparison, so each country's last update is worked out once in the filter (then again only for the quiet
    // countries the sort keeps): "is null or <" made PostgreSQL and PGlite run its four subqueries twice per country.
    .where(and(inCountries(context.scope, countries.code), sql`coalesce(${lastUpdate}, '-infinity'::timestamptz) < ${daysAgo(quietDays)}`))
    // Countries where nothing ever happened first, then the longest quiet.
    .orderBy(sql`${lastUpdate} asc nulls first`, asc(countries.code))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "country",
    id: row.code,
    countryCode: row.code,
    countryName: row.name,
    since: row.lastUpdate,
    link: `/countries/${row.code}`,
  }));
}

export const homeLists: Record<HomeItemKind, ListRead> = {
  // A working group's own country: its reports due first (decision 2040).
  reportsDue,
  changesRequested: async (context) => {
    const stepRequested = sql<Date | null>`(${lastReviewEntry(context, "country_step", "changes_requested")})`;
    return mergeOldestFirst(
      context.limit,
      await milestoneItems(context, eq(milestones.reviewState, "changes_requested"), sql`(${lastReviewEntry(context, "milestone", "changes_requested")})`),
      await stepItems(context, eq(countrySteps.reviewState, "changes_requested"), stepRequested, [asc(stepRequested)]),
      await assessmentItemsIn(context, "changes_requested"),
    );
  },
  stalledSteps: (context) => {
    const lastActivity = sql<Date | null>`greatest(${statusSince}, (${lastMilestoneOfStep(context)}))`;
    return stepItems(context, and(eq(countrySteps.status, "in_progress"), lt(lastActivity, daysAgo(quietDays)))!, lastActivity, [asc(lastActivity)]);
  },
  nextSteps: (context) => stepItems(context, inArray(countrySteps.status, ["not_started", "in_progress"]), sql`${countrySteps.statusChangedAt}`, []),
  needsWithoutSupport: (context) => needItems(context, inCountries(context.scope, supportNeeds.countryCode)),

  // An adviser's agency.
  unansweredNeeds: (context) =>
    needItems(
      context,
      exists(
        context.db
          .select({ one: sql`1` })
          .from(supportEntries)
          .where(and(eq(supportEntries.countryCode, supportNeeds.countryCode), isNull(supportEntries.deletedAt), ofAgencies(context.scope, supportEntries.agencyId))),
      ),
    ),
  entriesWithoutTransactions,

  // Reviewers.
  awaitingReview: async (context) => {
    const stepSince = sql<Date | null>`greatest(${countrySteps.updatedAt}, (${lastReviewEntry(context, "country_step")}))`;
    return mergeOldestFirst(
      context.limit,
      await milestoneItems(context, eq(milestones.reviewState, "in_review"), sql`greatest(${milestones.updatedAt}, (${lastReviewEntry(context, "milestone")}))`),
      await stepItems(context, eq(countrySteps.reviewState, "in_review"), stepSince, [asc(stepSince)]),
      await assessmentItemsIn(context, "in_review"),
    );
  },
  completedUnreviewed: (context) =>
    stepItems(context, and(eq(countrySteps.status, "completed"), isNull(countrySteps.reviewState))!, statusSince, [asc(statusSince)]),

  // Coordinators: the rounds still open, countries gone quiet, and data that says less than it should.
  openRounds,
  quietCountries,
  completedWithoutEvidence: (context) =>
    stepItems(
      context,
      and(
        eq(countrySteps.status, "completed"),
        notExists(
          context.db
            .select({ one: sql`1` })
            .from(evidence)
            .innerJoin(milestones, eq(milestones.id, evidence.milestoneId))
            .where(
              and(
                eq(milestones.countryStepId, countrySteps.id),
                isNull(milestones.deletedAt),
                isNull(evidence.deletedAt),
                milestoneVisibleTo(context.actor),
                evidenceVisibleTo(context.actor),
              ),
            ),
        ),
      )!,
      statusSince,
      [asc(statusSince)],
    ),
  financialWithoutTransactions: entriesWithoutTransactions,
  needsOpenOverYear: (context) => needItems(context, and(inCountries(context.scope, supportNeeds.countryCode), lt(supportNeeds.createdAt, daysAgo(oldNeedDays)))),
};
