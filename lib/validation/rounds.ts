/**
 * What people type about reporting rounds (decision 2010): a round's period, due date, reminder and countries; a
 * country report's narrative; the reasons a report is returned or its period reopened. Shared by forms, API and lib/.
 */
import * as z from "zod/mini";
import { checkboxList, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { textSchema } from "./text";
import { withValues } from "./zod";

const uuidSchema = z.uuid({ message: "validation.invalid" });
const dateSchema = z.pipe(z.string().check(z.trim(), z.minLength(1, { message: "validation.required" })), z.iso.date({ message: "validation.date" }));

/** How many days before the due date the reminder goes out, at most. */
export const maximumReminderDays = 90;
/** How many countries one round asks, at most (every country Socle knows fits). */
export const maximumRoundCountries = 300;

const reminderDaysSchema = z.coerce.number().check(
  z.int({ message: withValues("rounds.rules.reminderDays", { maximum: maximumReminderDays }) }),
  z.gte(0, { message: withValues("rounds.rules.reminderDays", { maximum: maximumReminderDays }) }),
  z.lte(maximumReminderDays, { message: withValues("rounds.rules.reminderDays", { maximum: maximumReminderDays }) }),
);

const roundShape = {
  name: textSchema(200, 1),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  dueOn: dateSchema,
  reminderDaysBefore: z._default(reminderDaysSchema, 7),
  countryCodes: checkboxList(countryCodeSchema, maximumRoundCountries).check(z.minLength(1, { message: "rounds.rules.noCountry" })),
};

/** The period ends on or after its start; the due date is not before the period starts (a report may be due mid-period). */
const roundDates = z.superRefine((round: { periodStart: string; periodEnd: string; dueOn: string }, context) => {
  if (round.periodEnd < round.periodStart) context.addIssue({ code: "custom", path: ["periodEnd"], message: "validation.endBeforeStart" });
  if (round.dueOn < round.periodStart) context.addIssue({ code: "custom", path: ["dueOn"], message: "rounds.rules.dueBeforePeriod" });
});

export const openRoundSchema = z.object(roundShape).check(roundDates);
export type OpenRoundInput = z.input<typeof openRoundSchema>;
export type RoundFields = z.output<typeof openRoundSchema>;

/** Every field of the round as it should be, and the version the edit started from. */
export const editRoundSchema = z.object({ id: uuidSchema, version: versionSchema, ...roundShape }).check(roundDates);
export type EditRoundInput = z.input<typeof editRoundSchema>;

export const withdrawRoundSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type WithdrawRoundInput = z.input<typeof withdrawRoundSchema>;

export const restoreRoundSchema = z.object({ id: uuidSchema, version: versionSchema });
export type RestoreRoundInput = z.input<typeof restoreRoundSchema>;

/**
 * A country report's narrative. The first save names no version (it makes the report); later saves name the
 * version they started from.
 */
export const saveReportNarrativeSchema = z.object({
  roundId: uuidSchema,
  countryCode: countryCodeSchema,
  version: z.optional(z.pipe(z.union([z.literal(""), versionSchema]), z.transform((value: "" | number) => (value === "" ? undefined : value)))),
  achievements: z._default(textSchema(10_000), ""),
  difficulties: z._default(textSchema(10_000), ""),
  nextSteps: z._default(textSchema(10_000), ""),
});
export type SaveReportNarrativeInput = z.input<typeof saveReportNarrativeSchema>;

/** A report's workflow step that needs nothing but the version seen: submit, accept. */
export const reportStepSchema = z.object({ id: uuidSchema, version: versionSchema });
export type ReportStepInput = z.input<typeof reportStepSchema>;

/** Returning a report or reopening its period: the reason is required, and shown to the working group. */
export const reportReasonSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(2000, 1) });
export type ReportReasonInput = z.input<typeof reportReasonSchema>;

/** A round's completeness judged on a given day (a page's "today", a test's fixed date). */
export const completenessDaySchema = z.optional(z.iso.date());
