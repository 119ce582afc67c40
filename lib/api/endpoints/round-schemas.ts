/** The shapes the reporting rounds' endpoints answer with (issue 20): a round, its completeness, a country's report. */
import { locales } from "@/db/schema/common";
import { countryReportStatuses } from "@/db/schema/values";
import type { getCompleteness } from "@/lib/rounds/completeness";
import { completenessStates } from "@/lib/rounds/completeness-state";
import type { CountryReportView } from "@/lib/rounds/get-country-report";
import type { RoundView } from "@/lib/rounds/get-round";
import { type StepTitle, stepTitleFields } from "@/lib/progress/step-title";
import { z } from "zod";
import { isoTimestamp, localizedTextResponse, timestamp } from "../schemas";

export const roundsTags = ["Reporting rounds"];

const day = z.iso.date();
const version = z.int().meta({ description: "Send it back when changing it: a stale version is refused with 409." });
const state = z.enum(completenessStates).meta({
  description: "On the day: `on_time` (submitted by the due date, accepted or not), `late` (after it), `returned`, `missing` (nothing submitted, past due) or `pending` (not due yet).",
});
const counts = z.object(Object.fromEntries(completenessStates.map((name) => [name, z.int()])) as Record<(typeof completenessStates)[number], z.ZodInt>);

export const roundSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    periodStart: day,
    periodEnd: day,
    dueOn: day,
    reminderDaysBefore: z.int(),
    version,
    withdrawn: z.boolean(),
    countries: z.int().meta({ description: "Countries it asks." }),
    submitted: z.int().meta({ description: "Reports submitted (accepted and reopened ones included)." }),
    accepted: z.int(),
    returned: z.int(),
  })
  .meta({ id: "ReportingRoundSummary" });


const roundCountrySchema = z.object({
  countryCode: z.string().length(2),
  countryName: localizedTextResponse,
  reportId: z.uuid().nullable(),
  version: z.int().nullable(),
  status: z.enum([...countryReportStatuses, "not_started"]).meta({ description: "The report's status; `not_started` before the working group's first save." }),
  submittedAt: timestamp.nullable(),
  decidedAt: timestamp.nullable(),
  reopenedAt: timestamp.nullable(),
  state,
});

export const roundSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    periodStart: day,
    periodEnd: day,
    dueOn: day,
    reminderDaysBefore: z.int(),
    version,
    withdrawn: z.boolean(),
    withdrawalReason: z.string().nullable(),
    createdAt: timestamp,
    today: day.meta({ description: "The day each country's state is judged on." }),
    countries: z.array(roundCountrySchema),
  })
  .meta({ id: "ReportingRound" });

export function roundOut(round: RoundView) {
  return {
    ...round,
    createdAt: round.createdAt.toISOString(),
    countries: round.countries.map((country) => ({
      ...country,
      submittedAt: isoTimestamp(country.submittedAt),
      decidedAt: isoTimestamp(country.decidedAt),
      reopenedAt: isoTimestamp(country.reopenedAt),
    })),
  };
}

const roundHead = z.object({ id: z.uuid(), name: z.string(), periodStart: day, periodEnd: day, dueOn: day });

export const completenessSchema = z
  .object({
    round: roundHead,
    today: day,
    countries: z.array(roundCountrySchema.pick({ countryCode: true, countryName: true, status: true, submittedAt: true, decidedAt: true, state: true })),
    counts,
    shareOnTime: z.number().nullable().meta({ description: "On time among the countries whose report is due (0 to 1); null while none is due." }),
  })
  .meta({ id: "RoundCompleteness" });

export function completenessOut(completeness: Awaited<ReturnType<typeof getCompleteness>>) {
  return {
    ...completeness,
    countries: completeness.countries.map((country) => ({ ...country, submittedAt: isoTimestamp(country.submittedAt), decidedAt: isoTimestamp(country.decidedAt) })),
  };
}

const step = { countryStepId: z.uuid(), stepTitle: localizedTextResponse.nullable(), stepNationalTitle: z.string().nullable() };
const stepOut = (title: StepTitle | null) => {
  const fields = title === null ? { title: null, nationalTitle: null } : stepTitleFields(title);
  return { stepTitle: fields.title, stepNationalTitle: fields.nationalTitle };
};

const draftSchema = z
  .object({
    drawnAt: timestamp.meta({ description: "When the period's data was read: now for a report being written, the submission for one submitted." }),
    statusChanges: z.array(z.object({ ...step, from: z.string().nullable(), to: z.string().nullable(), on: day })),
    milestones: z.array(z.object({ id: z.uuid(), ...step, title: z.string(), occurredOn: day, shared: z.boolean() })),
    transactions: z.array(
      z.object({ id: z.uuid(), supportEntryId: z.uuid(), entryTitle: z.string(), agency: z.string(), type: z.string(), amount: z.string(), currency: z.string(), occurredOn: day }),
    ),
    needsOpened: z.array(z.object({ id: z.uuid(), description: z.string(), kind: z.string(), priority: z.string(), on: day })),
    needsAnswered: z.array(z.object({ needId: z.uuid(), description: z.string(), supportEntryId: z.uuid(), entryTitle: z.string(), on: day })),
    indicatorValues: z.array(z.object({ id: z.uuid(), code: z.string(), name: localizedTextResponse, period: z.string(), sex: z.string(), value: z.string(), shared: z.boolean() })),
    keptFromReader: z.int().meta({ description: "Items of the period kept to the country's working group, left out for the caller." }),
  })
  .meta({ id: "CountryReportDraft", description: "What the period's data says, through the sharing rule." });

export const countryReportSchema = z
  .object({
    round: roundHead,
    countryCode: z.string().length(2),
    status: z.enum(countryReportStatuses),
    report: z
      .object({
        id: z.uuid(),
        version,
        status: z.enum(countryReportStatuses),
        locale: z.enum(locales).meta({ description: "The language the narrative is written in." }),
        achievements: z.string(),
        difficulties: z.string(),
        nextSteps: z.string(),
        submittedAt: timestamp.nullable(),
        submittedById: z.uuid().nullable(),
        decidedAt: timestamp.nullable(),
        decidedById: z.uuid().nullable(),
        returnReason: z.string().nullable(),
        reopenedAt: timestamp.nullable(),
        reopenedById: z.uuid().nullable(),
        reopenReason: z.string().nullable(),
      })
      .nullable()
      .meta({ description: "Null until the working group first saves its narrative." }),
    frozen: z.boolean().meta({ description: "Whether `data` is the snapshot frozen at submission (else drawn live)." }),
    data: draftSchema,
    may: z.object({ write: z.boolean(), review: z.boolean(), reopen: z.boolean() }).meta({ description: "What the caller may do with it now." }),
  })
  .meta({ id: "CountryReport" });

export function countryReportOut(view: CountryReportView) {
  const { report, data } = view;
  return {
    ...view,
    report: report && {
      ...report,
      submittedAt: isoTimestamp(report.submittedAt),
      decidedAt: isoTimestamp(report.decidedAt),
      reopenedAt: isoTimestamp(report.reopenedAt),
    },
    data: {
      ...data,
      statusChanges: data.statusChanges.map(({ stepTitle, ...change }) => ({ ...change, ...stepOut(stepTitle) })),
      milestones: data.milestones.map(({ stepTitle, ...milestone }) => ({ ...milestone, ...stepOut(stepTitle) })),
    },
  };
}
