/** The shapes the plans' endpoints answer with (issue 20): a country's plan as the roadmap reads it, a baseline, a change. */
import { sharingLevels, stepStatuses } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import type { BaselineSummary } from "@/lib/plans/list-baselines";
import { type CountryPlan, getCountryPlan } from "@/lib/plans/get-country-plan";
import { planStates } from "@/lib/plans/plan-arithmetic";
import { stepTitleFields } from "@/lib/progress/step-title";
import { z } from "zod";
import { isoTimestamp, localizedTextResponse, timestamp } from "../schemas";

export const plansTags = ["Plans"];

const day = z.iso.date();
const version = z.int().meta({ description: "Send it back when changing it: a stale version is refused with 409." });

const plannedMilestoneSchema = z
  .object({
    id: z.uuid(),
    version,
    countryStepId: z.uuid(),
    title: z.string(),
    description: z.string(),
    expectedOn: day,
    sharingLevel: z.enum(sharingLevels).meta({ description: "`country`: read by the country's working group and coordinators; `all`: by everyone signed in." }),
    logged: z.boolean().meta({ description: "A milestone was logged for it: it is actual." }),
    milestoneId: z.uuid().nullable().meta({ description: "The milestone logged for it, when the caller may read that milestone." }),
    loggedOn: day.nullable(),
    late: z.boolean().meta({ description: "Its expected day has passed and nothing was logged." }),
    withdrawn: z.boolean().meta({ description: "Withdrawn since the chosen baseline was saved: listed only when comparing with it." }),
    baselineTitle: z.string().nullable(),
    baselineExpectedOn: day.nullable(),
  })
  .meta({ id: "PlannedMilestone" });

const stepPlanSchema = z
  .object({
    countryStepId: z.uuid(),
    position: z.int(),
    key: z.string().nullable().meta({ description: "The framework step's key; null for a national step." }),
    title: localizedTextResponse.nullable(),
    nationalTitle: z.string().nullable(),
    status: z.enum(stepStatuses),
    planVersion: z.int().meta({ description: "The step plan's version, sent back when setting it (0: not planned yet)." }),
    plannedStart: day.nullable(),
    plannedEnd: day.nullable(),
    actualStart: day.nullable().meta({ description: "The first milestone the caller may read." }),
    actualEnd: day.nullable().meta({ description: "The day the step was completed." }),
    baselineStart: day.nullable(),
    baselineEnd: day.nullable(),
    state: z.enum(planStates),
    slippageDays: z.int().nullable().meta({ description: "A completed step: actual end − planned end (negative when early). One still open: days past its planned end, else 0. Null without a planned end." }),
    baselineSlippageDays: z.int().nullable().meta({ description: "Planned end − the baseline's planned end: how far the plan moved since the chosen baseline." }),
    plannedMilestones: z.array(plannedMilestoneSchema),
  })
  .meta({ id: "StepPlan" });

export const countryPlanSchema = z
  .object({
    countryCode: z.string().length(2),
    today: day.meta({ description: "The day slippage is judged on." }),
    baseline: z.object({ id: z.uuid(), name: z.string(), note: z.string(), version: z.int(), createdAt: timestamp }).nullable(),
    steps: z.array(stepPlanSchema),
  })
  .meta({ id: "CountryPlan" });

export function countryPlanOut(plan: CountryPlan) {
  return {
    ...plan,
    baseline: plan.baseline && { ...plan.baseline, createdAt: plan.baseline.createdAt.toISOString() },
    steps: plan.steps.map(({ title, ...step }) => ({ ...step, ...stepTitleFields(title) })),
  };
}

export const baselineSchema = z
  .object({
    id: z.uuid(),
    version,
    name: z.string(),
    note: z.string(),
    createdAt: timestamp,
    createdByName: z.string().nullable(),
    steps: z.int().meta({ description: "Step plans it holds." }),
    milestones: z.int().meta({ description: "Planned milestones it holds." }),
    withdrawn: z.boolean(),
  })
  .meta({ id: "PlanBaseline" });

export const baselineOut = (baseline: BaselineSummary) => ({ ...baseline, createdAt: isoTimestamp(baseline.createdAt)! });

export const planChangeSchema = z
  .object({
    id: z.uuid().meta({ description: "The record changed: the step (for its plan), the planned milestone or the baseline." }),
    version: z.int().meta({ description: "Its version now, for the next change." }),
    countryCode: z.string().length(2),
    plan: countryPlanSchema.meta({ description: "The country's plan as it now stands, as the caller reads it." }),
  })
  .meta({ id: "PlanChange" });

/** A change's answer: the record's id and version, and the country's plan as the caller now reads it. */
export async function planChangeOut(db: Database, actor: Actor, change: { id: string; version: number; countryCode: string }) {
  return { data: { ...change, plan: countryPlanOut(await getCountryPlan(db, actor, change.countryCode)) } };
}
