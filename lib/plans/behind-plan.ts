/**
 * "Behind plan" across countries (decision 2000): a step still open (not completed, not "not applicable") whose
 * planned end has passed. One SQL condition serves the matrix's filter and cells (an `exists` on the step plan's
 * primary key per cell) and the coordinator's list of late steps, so they agree.
 */
import { and, asc, eq, lt, notInArray, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, stepPlans } from "@/db/schema";
import { closedStatuses, daysBetween } from "./plan-arithmetic";

/**
 * The condition for SQL that names a country step's id and status: true when the step is open and its plan's end is
 * before `today` (a date expression). Self-contained (aliased), so it holds inside any query.
 */
export function behindPlanSql(countryStepId: SQL, status: SQL, today: SQL): SQL {
  return sql`(${status} not in ('completed', 'not_applicable') and exists (
    select 1 from step_plans behind_plan where behind_plan.country_step_id = ${countryStepId} and behind_plan.planned_end < ${today}))`;
}

export type BehindPlanStep = { countryCode: string; countryStepId: string; plannedEnd: string; slippageDays: number };

/** Every open step past its planned end on `today` (YYYY-MM-DD), by country and position, with how many days late. */
export async function behindPlanCountrySteps(db: Queryable, today: string): Promise<BehindPlanStep[]> {
  const rows = await db
    .select({
      countryCode: countrySteps.countryCode,
      countryStepId: countrySteps.id,
      plannedEnd: sql<string>`to_char(${stepPlans.plannedEnd}, 'YYYY-MM-DD')`,
    })
    .from(stepPlans)
    .innerJoin(countrySteps, eq(countrySteps.id, stepPlans.countryStepId))
    .where(and(lt(stepPlans.plannedEnd, today), notInArray(countrySteps.status, [...closedStatuses])))
    .orderBy(asc(countrySteps.countryCode), asc(countrySteps.position));
  return rows.map((row) => ({ ...row, slippageDays: daysBetween(row.plannedEnd, today) }));
}
