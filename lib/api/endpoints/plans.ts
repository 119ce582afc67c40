/**
 * A country's plan (issue 20) through the same lib/ functions as the roadmap: read (against a baseline), a step's
 * planned dates set, milestones planned ahead, edited, withdrawn and restored, baselines listed, saved and withdrawn.
 * Every write answers the record's id and version and the country's plan as the caller now reads it.
 */
import { sharingLevels } from "@/db/schema/values";
import { addPlannedMilestone } from "@/lib/plans/add-planned-milestone";
import { editPlannedMilestone } from "@/lib/plans/edit-planned-milestone";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { listBaselines } from "@/lib/plans/list-baselines";
import { restorePlannedMilestone } from "@/lib/plans/restore-planned-milestone";
import { saveBaseline } from "@/lib/plans/save-baseline";
import { setStepPlan } from "@/lib/plans/set-step-plan";
import { withdrawBaseline } from "@/lib/plans/withdraw-baseline";
import { withdrawPlannedMilestone } from "@/lib/plans/withdraw-planned-milestone";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { baselineOut, baselineSchema, countryPlanOut, countryPlanSchema, planChangeOut, planChangeSchema, plansTags as tags } from "./plan-schemas";

const code = countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "BJ" }));
const codeParams = z.object({ code });
const idParams = z.object({ id: z.uuid() });
const day = z.string().meta({ description: "A calendar day, YYYY-MM-DD, from 2000 to 2100.", example: "2027-03-31" });
const answer = z.object({ data: planChangeSchema });
const withReason = z.object({ version: z.int().min(1), reason: z.string().min(1) });

const milestoneFields = {
  title: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  expectedOn: day,
};

export const getCountryPlanEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/plan",
  operationId: "getCountryPlan",
  summary: "Read a country's plan against what happened, and against a baseline",
  description:
    "Each step in order with its planned, actual and (with `baseline`) baseline dates, its state (done, on track, behind, not planned) and slippage in days, " +
    "judged on `today` (default: today, UTC); and the milestones planned ahead the caller may read. A `baseline` that is not a live one of the country answers 404.",
  tags,
  params: codeParams,
  query: z.object({ baseline: z.uuid().optional(), today: z.iso.date().optional() }),
  response: z.object({ data: countryPlanSchema }),
  handle: async ({ db, actor, params, query }) => ({
    data: countryPlanOut(await getCountryPlan(db, actor, params.code, { baselineId: query.baseline, today: query.today })),
  }),
});

export const setStepPlanEndpoint = defineEndpoint({
  method: "PUT",
  path: "/countries/{code}/plan/steps/{id}",
  operationId: "setStepPlan",
  summary: "Set a step's planned start and end",
  description:
    "Needs plan.write: the country's working group, or a coordinator. Send both days as they should be (null clears one; the end is not before the start) " +
    "and the step plan's `planVersion` you read (0 for a step not planned yet): a newer one answers 409 with the dates as they stand. `id` is the country step's.",
  tags,
  params: z.object({ code, id: z.uuid() }),
  body: z.object({ version: z.int().min(0), plannedStart: day.nullable(), plannedEnd: day.nullable() }),
  response: answer,
  handle: async ({ db, actor, params, body }) => {
    const { countryStepId, countryCode, version } = await setStepPlan(db, actor, { ...body, countryStepId: params.id, countryCode: params.code });
    return planChangeOut(db, actor, { id: countryStepId, version, countryCode });
  },
});

export const addPlannedMilestoneEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/plan/milestones",
  operationId: "addPlannedMilestone",
  summary: "Plan a milestone ahead on one of the country's steps",
  description: "Needs plan.write. Kept to the country unless `sharingLevel` is `all`; it becomes actual when a milestone is logged for it.",
  tags,
  params: codeParams,
  body: z.object({ countryStepId: z.uuid(), ...milestoneFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: answer,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await addPlannedMilestone(db, actor, { ...body, countryCode: params.code })),
});

export const editPlannedMilestoneEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/planned-milestones/{id}",
  operationId: "editPlannedMilestone",
  summary: "Edit a planned milestone",
  description: "Send every field as it should be, and the version you read: a newer one answers 409. A `sharingLevel` left out stays as it is.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1), ...milestoneFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: answer,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await editPlannedMilestone(db, actor, { ...body, id: params.id })),
});

export const withdrawPlannedMilestoneEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/planned-milestones/{id}",
  operationId: "withdrawPlannedMilestone",
  summary: "Withdraw a planned milestone, with a reason",
  description: "A soft delete, with the version you read: it leaves the plan, stays in the baselines that hold it and in its history, and can be restored.",
  tags,
  params: idParams,
  body: withReason,
  response: answer,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await withdrawPlannedMilestone(db, actor, { ...body, id: params.id })),
});

export const restorePlannedMilestoneEndpoint = defineEndpoint({
  method: "POST",
  path: "/planned-milestones/{id}/restore",
  operationId: "restorePlannedMilestone",
  summary: "Restore a withdrawn planned milestone",
  description: "Send the version you read: a newer one answers 409.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1) }),
  response: answer,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await restorePlannedMilestone(db, actor, { ...body, id: params.id })),
});

export const listBaselinesEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/plan/baselines",
  operationId: "listPlanBaselines",
  summary: "List a country's baselines",
  description: "Newest first, withdrawn ones marked; pass one's id as `baseline` to the plan to compare with it.",
  tags,
  params: codeParams,
  response: z.object({ data: z.array(baselineSchema) }),
  handle: async ({ db, actor, params }) => ({ data: (await listBaselines(db, actor, params.code)).map(baselineOut) }),
});

export const saveBaselineEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/plan/baselines",
  operationId: "savePlanBaseline",
  summary: "Save the country's plan as a named baseline",
  description: "Needs plan.write. A copy of every step plan and live planned milestone as they stand; the name is unique among the country's live baselines (422 otherwise).",
  tags,
  params: codeParams,
  body: z.object({ name: z.string().min(1).max(120), note: z.string().max(1000).optional() }),
  response: answer,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await saveBaseline(db, actor, { ...body, countryCode: params.code })),
});

export const withdrawBaselineEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/plan-baselines/{id}",
  operationId: "withdrawPlanBaseline",
  summary: "Withdraw a baseline, with a reason",
  description: "A soft delete, with the version you read: it is no longer offered for comparison, and its name is free again.",
  tags,
  params: idParams,
  body: withReason,
  response: answer,
  handle: async ({ db, actor, params, body }) => planChangeOut(db, actor, await withdrawBaseline(db, actor, { ...body, id: params.id })),
});
