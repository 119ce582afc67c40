/**
 * Progress changes read from the audit log, for the activity feed and for "what changed between two dates":
 * who did what to which step, milestone or support entry of which country, with titles as they are now.
 * Milestone entries pass through the same visibility rule as every other milestone read, an assessment item's
 * review entries through its matrix's.
 */
import { and, count, desc, eq, gte, inArray, isNotNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, auditLog, countries, countrySteps, type LocalizedText, milestones, supportEntries, supportNeeds, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assessmentVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { type StepTitle, stepTitlesById } from "@/lib/progress/step-title";

/** The changes that tell how a country's process moves; administration and personal settings stay out. */
export const progressActions = [
  "step.status",
  "step.addNational",
  "milestone.log",
  "milestone.edit",
  "milestone.delete",
  "milestone.restore",
  "review.comment",
  "review.decide",
  "support.add",
  "support.withdraw",
  "need.add",
  "need.answer",
] as const;
export type ProgressAction = (typeof progressActions)[number];

export type ChangeEntry = {
  id: number;
  at: Date;
  action: ProgressAction;
  countryCode: string;
  countryName: LocalizedText;
  actorName: string | null;
  /** The step the change concerns, if any: a framework step's title, or a national step's. */
  stepTitle: StepTitle | null;
  /** A milestone's or support entry's title, or a need's description. */
  subject: string | null;
  statusFrom: string | null;
  statusTo: string | null;
  /** A review decision: changes_requested or validated. */
  decision: string | null;
  link: string;
};

/**
 * A milestone's entry counts only where the milestone is still in the table and the reader may see it, in SQL so that
 * counts and pages agree (a reader who sees every milestone would otherwise count the entry of one removed). The
 * entry's id is cast to the milestone's type (only a milestone's entry is: other entities' ids need not be uuids), so
 * that each entry finds its milestone by the primary key; comparing `milestones.id::text` read every milestone for each
 * entry (decision 2590).
 */
const entryMilestone = and(
  eq(auditLog.entityType, "milestone"),
  eq(milestones.id, sql`case when ${auditLog.entityType} = 'milestone' then ${auditLog.entityId}::uuid end`),
);
const readable = (actor: Actor) =>
  and(or(ne(auditLog.entityType, "milestone"), and(isNotNull(milestones.id), milestoneVisibleTo(actor))), or(ne(auditLog.entityType, "assessment_item"), assessmentVisibleTo(actor, auditLog.countryCode)));

/**
 * How many entries match, up to `atMost` + 1 (more means "more than `atMost`": the count stops there, so that it
 * follows the page, not the years of history behind it): all of them, or those from `fromId` on (the entries newer
 * than a page's first, with it).
 */
export async function countChangeEntries(db: Queryable, actor: Actor, where: SQL | undefined, options: { fromId?: number; atMost: number }): Promise<number> {
  const matching = db
    .select({ one: sql`1` })
    .from(auditLog)
    .innerJoin(countries, eq(countries.code, auditLog.countryCode))
    .leftJoin(milestones, entryMilestone)
    .where(and(inArray(auditLog.action, [...progressActions]), where, readable(actor), options.fromId ? gte(auditLog.id, options.fromId) : undefined))
    .limit(options.atMost + 1)
    .as("matching");
  const [row] = await db.select({ total: count() }).from(matching);
  return Number(row?.total ?? 0);
}

/** `before`: the id of the last entry of the previous page (entries are read newest first). */
export async function readChangeEntries(db: Queryable, actor: Actor, where: SQL | undefined, options: { limit: number; before?: number }): Promise<ChangeEntry[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      countryCode: auditLog.countryCode,
      countryName: countries.name,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .innerJoin(countries, eq(countries.code, auditLog.countryCode))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(milestones, entryMilestone)
    .where(and(inArray(auditLog.action, [...progressActions]), where, readable(actor), options.before ? lt(auditLog.id, options.before) : undefined))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit);

  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.entityType === type).map((row) => row.entityId))];
  const [milestoneRows, entryRows, needRows, itemRows] = await Promise.all([
    idsOf("milestone").length
      ? db
          .select({ id: milestones.id, title: milestones.title, stepId: milestones.countryStepId })
          .from(milestones)
          .where(and(inArray(milestones.id, idsOf("milestone")), milestoneVisibleTo(actor)))
      : [],
    idsOf("support_entry").length
      ? db.select({ id: supportEntries.id, title: supportEntries.title, stepId: supportEntries.countryStepId }).from(supportEntries).where(inArray(supportEntries.id, idsOf("support_entry")))
      : [],
    idsOf("support_need").length
      ? db.select({ id: supportNeeds.id, title: supportNeeds.description, stepId: supportNeeds.countryStepId }).from(supportNeeds).where(inArray(supportNeeds.id, idsOf("support_need")))
      : [],
    // An item belongs to its matrix, not to a step; its entries passed the matrix's rule above.
    idsOf("assessment_item").length
      ? db.select({ id: assessmentItems.id, title: assessmentItems.statement, stepId: sql<string | null>`null` }).from(assessmentItems).where(inArray(assessmentItems.id, idsOf("assessment_item")))
      : [],
  ]);
  const subjects = new Map([...milestoneRows, ...entryRows, ...needRows, ...itemRows].map((row) => [row.id, row]));
  const stepIds = [...new Set([...idsOf("country_step"), ...[...subjects.values()].flatMap((row) => (row.stepId ? [row.stepId] : []))])];
  const stepTitles = stepIds.length ? await stepTitlesById(db, inArray(countrySteps.id, stepIds)) : new Map<string, StepTitle>();

  return rows.flatMap((row) => {
    const subject = subjects.get(row.entityId);
    // A milestone the reader may not see leaves no trace in what they read.
    if (row.entityType === "milestone" && !subject) return [];
    const stepId = row.entityType === "country_step" ? row.entityId : (subject?.stepId ?? null);
    const code = row.countryCode!;
    const link =
      row.entityType === "milestone"
        ? `/countries/${code}/milestones/${row.entityId}`
        : row.entityType === "support_entry"
          ? `/support/${row.entityId}`
          : row.entityType === "country_step"
            ? `/countries/${code}/steps/${row.entityId}`
            : row.entityType === "assessment_item"
              ? `/countries/${code}/assessment/items/${row.entityId}`
              : `/countries/${code}/support`;
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    return [
      {
        id: row.id,
        at: row.at,
        action: row.action as ProgressAction,
        countryCode: code,
        countryName: row.countryName,
        actorName: row.actorName,
        stepTitle: stepId ? (stepTitles.get(stepId) ?? null) : null,
        subject: subject?.title ?? null,
        // Only a step's status: a support entry's "status" (planned, ongoing…) is another list.
        statusFrom: row.action === "step.status" ? text(row.before?.status) : null,
        statusTo: row.action === "step.status" ? text(row.after?.status) : null,
        decision: row.action === "review.decide" ? text(row.after?.reviewState) : null,
        link,
      },
    ];
  });
}

/** Entries of these countries only. */
export const inCountries = (codes: string[]): SQL => (codes.length ? inArray(auditLog.countryCode, codes) : sql`false`);
