/**
 * Every list a home shows, one entry per kind of item: the query that finds the items in a role's scope, the
 * first `limit` of them in the order a person should act, and how many there are in all. Adding a kind is one
 * entry here and its name in item-kinds.ts (decision 2300). Milestones and evidence pass through the sharing rule.
 */
import { and, asc, eq, exists, inArray, isNull, lt, max, notExists, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import {
  countries,
  countrySteps,
  evidence,
  frameworkSteps,
  type LocalizedText,
  milestones,
  needSupportLinks,
  reviewEntries,
  supportEntries,
  supportNeeds,
  supportTransactions,
} from "@/db/schema";
import type { needKinds, priorities, stepStatuses, technicalCategories } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import type { ActionScope } from "@/lib/permissions";
import { stepTitle, type StepTitle } from "@/lib/progress/step-title";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { assessmentItemsUnderReview } from "./assessment-review-items";
import { type HomeItemKind, homeSubjects, oldNeedDays, quietDays } from "./item-kinds";

export type HomeItem = {
  subject: (typeof homeSubjects)[number];
  id: string;
  countryCode: string;
  countryName: LocalizedText;
  /** The step the item belongs to (or is); null for a country, or a support entry that targets no step. */
  stepTitle: StepTitle | null;
  /** A milestone's or support entry's title, a need's description, an assessment item's statement; null for steps and countries. */
  title: string | null;
  stepStatus: (typeof stepStatuses)[number] | null;
  needKind: (typeof needKinds)[number] | null;
  technicalCategory: (typeof technicalCategories)[number] | null;
  priority: (typeof priorities)[number] | null;
  /** A financial entry's amount, exact as stored, with its currency. */
  amount: string | null;
  currency: string | null;
  /**
   * Since when the item waits: a step's last change or milestone, when changes were requested or review began,
   * when a need or entry was recorded, a country's last update; null when there never was one.
   */
  since: Date | null;
  /** The page inside Socle where the person acts on it. */
  link: string;
};

export type HomeList = { kind: HomeItemKind; count: number; items: HomeItem[] };

type ListContext = { db: Queryable; actor: Actor; scope: ActionScope; limit: number };
type ListRead = (context: ListContext) => Promise<Omit<HomeList, "kind">>;

const blankItem = {
  stepTitle: null,
  title: null,
  stepStatus: null,
  needKind: null,
  technicalCategory: null,
  priority: null,
  amount: null,
  currency: null,
  since: null,
} satisfies Partial<HomeItem>;

/** Counted beside the rows, so a list costs one query. */
const total = sql<number>`count(*) over ()`.mapWith(Number);

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

/** Rows in the scope's countries; none when the scope names no country. */
function inCountries(scope: ActionScope, column: AnyPgColumn): SQL | undefined {
  if (scope === "any") return undefined;
  return scope.countryCodes.length ? inArray(column, scope.countryCodes) : sql`false`;
}

/** Rows of the scope's agencies; none when the scope names no agency. */
function ofAgencies(scope: ActionScope, column: AnyPgColumn): SQL | undefined {
  if (scope === "any") return undefined;
  return scope.agencyIds.length ? inArray(column, scope.agencyIds) : sql`false`;
}

function counted<Row extends { total: number }>(rows: Row[], item: (row: Row) => HomeItem): Omit<HomeList, "kind"> {
  return { count: rows[0]?.total ?? 0, items: rows.map(item) };
}

/** Items of assessment matrices in a review state, as home items. */
async function assessmentItemsIn(context: ListContext, state: "in_review" | "changes_requested"): Promise<Omit<HomeList, "kind">> {
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

const stepLink = (countryCode: string, id: string) => `/countries/${countryCode}/steps/${id}`;
const needLink = (countryCode: string, id: string) => `/countries/${countryCode}/support#need-${id}`;

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

/** A need is answered while a live support entry is linked to it. */
const needUnanswered = (db: Queryable) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(needSupportLinks)
      .innerJoin(supportEntries, eq(supportEntries.id, needSupportLinks.supportEntryId))
      .where(and(eq(needSupportLinks.needId, supportNeeds.id), isNull(supportEntries.deletedAt))),
  );

/** Live needs without support in some condition: the most urgent first, then the oldest. */
async function needItems(context: ListContext, condition: SQL | undefined): Promise<Omit<HomeList, "kind">> {
  const rows = await context.db
    .select({
      id: supportNeeds.id,
      countryCode: supportNeeds.countryCode,
      countryName: countries.name,
      stepTitle,
      description: supportNeeds.description,
      kind: supportNeeds.kind,
      technicalCategory: supportNeeds.technicalCategory,
      priority: supportNeeds.priority,
      since: supportNeeds.createdAt,
      total,
    })
    .from(supportNeeds)
    .innerJoin(countries, eq(countries.code, supportNeeds.countryCode))
    .innerJoin(countrySteps, eq(countrySteps.id, supportNeeds.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(isNull(supportNeeds.deletedAt), needUnanswered(context.db), condition))
    // The enum's order: high, medium, low.
    .orderBy(asc(supportNeeds.priority), asc(supportNeeds.createdAt), asc(supportNeeds.id))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "support_need",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    title: row.description,
    needKind: row.kind,
    technicalCategory: row.technicalCategory,
    priority: row.priority,
    since: row.since,
    link: needLink(row.countryCode, row.id),
  }));
}

/** Live financial entries without a live transaction (their amount counts for nothing yet), the oldest first. */
async function entriesWithoutTransactions(context: ListContext): Promise<Omit<HomeList, "kind">> {
  const { db, scope } = context;
  const rows = await db
    .select({
      id: supportEntries.id,
      countryCode: supportEntries.countryCode,
      countryName: countries.name,
      stepTitle: sql<StepTitle | null>`case when ${countrySteps.id} is null then null else ${stepTitle} end`,
      title: supportEntries.title,
      amount: supportEntries.amount,
      currency: supportEntries.currency,
      since: supportEntries.createdAt,
      total,
    })
    .from(supportEntries)
    .innerJoin(countries, eq(countries.code, supportEntries.countryCode))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(
      and(
        ofAgencies(scope, supportEntries.agencyId),
        isNull(supportEntries.deletedAt),
        eq(supportEntries.kind, "financial"),
        notExists(
          db
            .select({ one: sql`1` })
            .from(supportTransactions)
            .where(and(eq(supportTransactions.supportEntryId, supportEntries.id), isNull(supportTransactions.deletedAt))),
        ),
      ),
    )
    .orderBy(asc(supportEntries.createdAt), asc(supportEntries.id))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "support_entry",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    title: row.title,
    amount: row.amount,
    currency: row.currency,
    since: row.since,
    link: `/support/${row.id}`,
  }));
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
    .where(and(inCountries(context.scope, countries.code), sql`(${lastUpdate} is null or ${lastUpdate} < ${daysAgo(quietDays)})`))
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
  // A working group's own country.
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

  // Coordinators: countries gone quiet, and data that says less than it should.
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
