/**
 * The plan page's one form for every step (decision 2030): each row a step's planned start and end, under the version
 * of its plan the form was read at. Each row is checked as `setStepPlanSchema` checks one.
 */
import * as z from "zod/mini";
import { blankAsNull } from "./common";
import { countryCodeSchema } from "./countries";
import { planDateSchema } from "./plans";

/** As many rows as a country has steps: the framework's and its national ones. */
export const maxStepPlanRows = 60;

type Dates = { plannedStart: string | null; plannedEnd: string | null };

const endNotBeforeStart = z.refine<Dates>((row) => row.plannedStart === null || row.plannedEnd === null || row.plannedEnd >= row.plannedStart, {
  path: ["plannedEnd"],
  message: "plans.endBeforeStart",
});

const rowShape = {
  countryStepId: z.uuid({ message: "validation.invalid" }),
  plannedStart: blankAsNull(planDateSchema),
  plannedEnd: blankAsNull(planDateSchema),
};

export const setStepPlansSchema = z.object({
  countryCode: countryCodeSchema,
  steps: z
    .array(z.object({ ...rowShape, version: z.coerce.number().check(z.int(), z.gte(0)) }).check(endNotBeforeStart))
    .check(z.minLength(1), z.maxLength(maxStepPlanRows)),
});
export type SetStepPlansInput = z.input<typeof setStepPlansSchema>;

/** What the browser checks as you type: the dates only (each row's version is the page's, not the form's). */
export const stepPlansFormSchema = z.object({
  countryCode: countryCodeSchema,
  steps: z.array(z.object(rowShape).check(endNotBeforeStart)),
});
