/**
 * What people type about a country's plan (decision 2000): a step's planned dates, milestones planned ahead and
 * named baselines; shared by the forms, the JSON API and lib/.
 */
import * as z from "zod/mini";
import { sharingLevels } from "@/db/schema/values";
import { blankAsNull, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { textSchema } from "./text";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** The days a plan may name: wide enough for any SPF process, narrow enough to keep the roadmap drawable. */
export const firstPlanDate = "2000-01-01";
export const lastPlanDate = "2100-12-31";

/** A calendar day of a plan (YYYY-MM-DD), past or future. */
export const planDateSchema = z
  .pipe(z.string().check(z.trim(), z.minLength(1, { message: "validation.required" })), z.iso.date({ message: "plans.invalidDate" }))
  .check(z.refine((day) => day >= firstPlanDate && day <= lastPlanDate, { message: "plans.dateOutOfRange" }));

/** The step plan's version the form was read at, or 0 when the step had no plan yet. */
const seenVersionSchema = z.coerce.number().check(z.int(), z.gte(0));

/** A step's planned start and end, each optional (blank clears it); the end is not before the start. */
export const setStepPlanSchema = z
  .object({
    countryStepId: uuidSchema,
    /** The country of the page the form is on; a step of another country is refused. */
    countryCode: z.optional(countryCodeSchema),
    version: seenVersionSchema,
    plannedStart: blankAsNull(planDateSchema),
    plannedEnd: blankAsNull(planDateSchema),
  })
  .check(
    z.refine((input) => input.plannedStart === null || input.plannedEnd === null || input.plannedEnd >= input.plannedStart, {
      path: ["plannedEnd"],
      message: "plans.endBeforeStart",
    }),
  );
export type SetStepPlanInput = z.input<typeof setStepPlanSchema>;

const plannedMilestoneShape = {
  title: textSchema(200, 1),
  description: z._default(textSchema(5000), ""),
  expectedOn: planDateSchema,
};

/** A milestone planned ahead on one of the country's steps. */
export const addPlannedMilestoneSchema = z.object({
  countryCode: countryCodeSchema,
  countryStepId: uuidSchema,
  ...plannedMilestoneShape,
  sharingLevel: z._default(z.enum(sharingLevels), "country"),
});
export type AddPlannedMilestoneInput = z.input<typeof addPlannedMilestoneSchema>;

/** A planned milestone as it should be, under the version the edit started from; left out, the sharing level stays. */
export const editPlannedMilestoneSchema = z.object({
  id: uuidSchema,
  version: versionSchema,
  ...plannedMilestoneShape,
  sharingLevel: z.optional(z.enum(sharingLevels)),
});
export type EditPlannedMilestoneInput = z.input<typeof editPlannedMilestoneSchema>;
export type PlannedMilestoneFields = Omit<z.output<typeof editPlannedMilestoneSchema>, "id" | "version">;

/** Withdrawing a planned milestone or a baseline: the version seen and why. */
export const withdrawPlanRecordSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type WithdrawPlanRecordInput = z.input<typeof withdrawPlanRecordSchema>;

export const restorePlanRecordSchema = z.object({ id: uuidSchema, version: versionSchema });
export type RestorePlanRecordInput = z.input<typeof restorePlanRecordSchema>;

/** A named copy of the country's plan as it stands. */
export const saveBaselineSchema = z.object({
  countryCode: countryCodeSchema,
  name: textSchema(120, 1),
  note: z._default(textSchema(1000), ""),
});
export type SaveBaselineInput = z.input<typeof saveBaselineSchema>;

/** What the roadmap reads: the baseline to compare with (blank: none) and the day slippage is judged on (blank: today, UTC). */
export const countryPlanQuerySchema = z.object({
  baselineId: z.optional(blankAsNull(uuidSchema)),
  today: z.optional(blankAsNull(planDateSchema)),
});
export type CountryPlanQuery = z.input<typeof countryPlanQuerySchema>;
