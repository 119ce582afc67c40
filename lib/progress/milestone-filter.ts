/** Milestone filters from a URL (country, framework step key, dates), for the exports and the API. */
import { and, eq, gte, inArray, isNull, lte, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps, milestones } from "@/db/schema";

export type MilestoneFilter = { country?: string; step?: string; from?: string; to?: string };

export function milestoneFilter(db: Queryable, query: MilestoneFilter): SQL | undefined {
  // A step's key names the same step in every country and every framework version.
  const stepsWithKey = (key: string) =>
    db
      .select({ id: countrySteps.id })
      .from(countrySteps)
      .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
      .where(eq(frameworkSteps.key, key));
  return and(
    isNull(milestones.deletedAt),
    query.country ? eq(milestones.countryCode, query.country) : undefined,
    query.step ? inArray(milestones.countryStepId, stepsWithKey(query.step)) : undefined,
    query.from ? gte(milestones.occurredOn, query.from) : undefined,
    query.to ? lte(milestones.occurredOn, query.to) : undefined,
  );
}

