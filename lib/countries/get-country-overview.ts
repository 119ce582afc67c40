/** A country's page: the country, its framework version and its steps in order with their status. */
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, countrySubActivities, frameworkSteps, frameworkSubActivities } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { stepNameColumns, type StepTitle } from "@/lib/progress/step-title";
import { countryCodeFor, countrySummary } from "./query-countries";

export type CountryStepSummary = {
  id: string;
  position: number;
  /** The framework step's key; null for a national step. */
  key: string | null;
  /** Translatable for a framework step; as typed for a national step. */
  title: StepTitle;
  status: (typeof countrySteps.$inferSelect)["status"];
  reviewState: (typeof countrySteps.$inferSelect)["reviewState"];
  statusChangedAt: Date | null;
  requiresEvidence: boolean;
  subActivitiesTotal: number;
  subActivitiesDone: number;
  /** A framework step the country's version no longer has: kept with its history (decision 601). */
  fromOlderVersion: boolean;
};

export async function getCountryOverview(db: Queryable, actor: Actor, code: unknown) {
  const countryCode = countryCodeFor(actor, code);

  const country = await countrySummary(db, countryCode);
  if (!country) throw notFound();
  const { frameworkVersionId, stepsDone: _done, stepsApplicable: _applicable, ...countryFields } = country;

  const steps = await countryStepSummaries(db, countryCode, frameworkVersionId);
  return { country: countryFields, steps };
}

/** A country's steps in order with their status and checklist counts: its page's and its public page's one read. */
export async function countryStepSummaries(db: Queryable, countryCode: string, frameworkVersionId: string): Promise<CountryStepSummary[]> {
  const subActivityTotals = db
    .select({ stepId: frameworkSubActivities.stepId, total: count().as("total") })
    .from(frameworkSubActivities)
    .groupBy(frameworkSubActivities.stepId)
    .as("sub_activity_totals");
  const subActivitiesDone = db
    .select({ countryStepId: countrySubActivities.countryStepId, done: count().as("done") })
    .from(countrySubActivities)
    .where(eq(countrySubActivities.done, true))
    .groupBy(countrySubActivities.countryStepId)
    .as("sub_activities_done");

  const rows = await db
    .select({
      ...stepNameColumns,
      status: countrySteps.status,
      reviewState: countrySteps.reviewState,
      statusChangedAt: countrySteps.statusChangedAt,
      requiresEvidence: sql<boolean>`coalesce(${frameworkSteps.requiresEvidence}, false)`,
      stepVersionId: frameworkSteps.versionId,
      subActivitiesTotal: sql<number>`coalesce(${subActivityTotals.total}, 0)`.mapWith(Number),
      subActivitiesDone: sql<number>`coalesce(${subActivitiesDone.done}, 0)`.mapWith(Number),
    })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(subActivityTotals, eq(subActivityTotals.stepId, countrySteps.frameworkStepId))
    .leftJoin(subActivitiesDone, eq(subActivitiesDone.countryStepId, countrySteps.id))
    .where(and(eq(countrySteps.countryCode, countryCode)))
    .orderBy(asc(countrySteps.position));

  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    key: row.key,
    title: row.title,
    status: row.status,
    reviewState: row.reviewState,
    statusChangedAt: row.statusChangedAt,
    requiresEvidence: row.requiresEvidence,
    subActivitiesTotal: row.subActivitiesTotal,
    subActivitiesDone: row.subActivitiesDone,
    fromOlderVersion: row.stepVersionId !== null && row.stepVersionId !== frameworkVersionId,
  }));
}
