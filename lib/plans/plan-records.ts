/**
 * What the plan use cases share (decision 2000): the audit log's names, finding a planned milestone or a baseline
 * to change (locked, `plan.write` asserted on its country), their snapshots and what a CONFLICT carries.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, planBaselines, plannedMilestones, stepPlans } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";

/** The audit log's names: a step plan's entries are kept under its country step's id. */
export const stepPlanEntity = "step_plan";
export const plannedMilestoneEntity = "planned_milestone";
export const planBaselineEntity = "plan_baseline";
export const planEntities = [stepPlanEntity, plannedMilestoneEntity, planBaselineEntity];

/** Every action the plan's history holds, for a screen to name each one. */
export const planActions = [
  "stepPlan.set",
  "plannedMilestone.add",
  "plannedMilestone.edit",
  "plannedMilestone.withdraw",
  "plannedMilestone.restore",
  "plannedMilestone.log",
  "planBaseline.save",
  "planBaseline.withdraw",
  "planBaseline.restore",
] as const;

export type StepPlanRow = typeof stepPlans.$inferSelect;
export type PlannedMilestoneRow = typeof plannedMilestones.$inferSelect;
export type PlanBaselineRow = typeof planBaselines.$inferSelect;

type State = { state?: "live" | "any" };

/**
 * A planned milestone the actor may change, locked until the transaction ends: NOT_FOUND for an unknown id or,
 * unless `state` is "any", a withdrawn one; FORBIDDEN outside the actor's countries.
 */
export async function plannedMilestoneForChange(db: Queryable, actor: Actor, id: string, { state = "live" }: State = {}): Promise<PlannedMilestoneRow> {
  if (!isRecordId(id)) throw notFound();
  const [row] = await db.select().from(plannedMilestones).where(eq(plannedMilestones.id, id)).for("update");
  if (!row) throw notFound();
  assertCan(actor, "plan.write", { countryCode: row.countryCode });
  if (state === "live" && row.deletedAt !== null) throw notFound();
  return row;
}

/** A baseline the actor may change, locked; the same answers as `plannedMilestoneForChange`. */
export async function baselineForChange(db: Queryable, actor: Actor, id: string, { state = "live" }: State = {}): Promise<PlanBaselineRow> {
  if (!isRecordId(id)) throw notFound();
  const [row] = await db.select().from(planBaselines).where(eq(planBaselines.id, id)).for("update");
  if (!row) throw notFound();
  assertCan(actor, "plan.write", { countryCode: row.countryCode });
  if (state === "live" && row.deletedAt !== null) throw notFound();
  return row;
}

/** The country a baseline names must exist: NOT_FOUND, as for a page of an unknown country. */
export async function checkPlanCountry(db: Queryable, countryCode: string): Promise<void> {
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw notFound();
}

/** Runs a write that may give a second live baseline the same name in the country: INVALID on the name. */
export async function withUniqueBaselineName<Result>(write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ name: "plans.baselineNameTaken" });
    throw error;
  }
}

/** The fields of a planned milestone people edit, for the audit log's before and after. */
export function plannedMilestoneSnapshot(row: PlannedMilestoneRow) {
  const { title, description, expectedOn, sharingLevel } = row;
  return { title, description, expectedOn, sharingLevel };
}

/** A planned milestone as its edit form holds it. */
export function plannedMilestoneFormValues(row: PlannedMilestoneRow) {
  return { id: row.id, version: row.version, countryStepId: row.countryStepId, ...plannedMilestoneSnapshot(row), withdrawn: row.deletedAt !== null };
}

/** What a CONFLICT on a planned milestone carries: it as it now stands, who saved it last and when. */
export async function plannedMilestoneConflictView(db: Queryable, row: PlannedMilestoneRow) {
  return { kind: "plannedMilestone" as const, ...plannedMilestoneFormValues(row), ...(await lastChangeOf(db, plannedMilestoneEntity, row.id)) };
}

/** What a CONFLICT on a step's plan carries: the dates as they now stand (version 0: no plan yet). */
export async function stepPlanConflictView(db: Queryable, countryStepId: string, row: StepPlanRow | undefined) {
  return {
    kind: "stepPlan" as const,
    countryStepId,
    version: row?.version ?? 0,
    plannedStart: row?.plannedStart ?? null,
    plannedEnd: row?.plannedEnd ?? null,
    ...(await lastChangeOf(db, stepPlanEntity, countryStepId)),
  };
}

/** What a CONFLICT on a baseline carries. */
export async function baselineConflictView(db: Queryable, row: PlanBaselineRow) {
  return {
    kind: "planBaseline" as const,
    id: row.id,
    version: row.version,
    name: row.name,
    note: row.note,
    withdrawn: row.deletedAt !== null,
    ...(await lastChangeOf(db, planBaselineEntity, row.id)),
  };
}
