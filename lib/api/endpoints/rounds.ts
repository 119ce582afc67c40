/**
 * Reporting rounds (issue 20) through the same lib/ functions as the pages: rounds listed, read, opened, edited,
 * withdrawn and restored by coordinators; a round's completeness; a country's report read and its narrative saved.
 * The report's workflow (submit, return, accept, reopen) is in rounds-reports.ts.
 */
import { editRound } from "@/lib/rounds/edit-round";
import { getCompleteness } from "@/lib/rounds/completeness";
import { getCountryReport } from "@/lib/rounds/get-country-report";
import { getRound } from "@/lib/rounds/get-round";
import { listRounds } from "@/lib/rounds/list-rounds";
import { openRound } from "@/lib/rounds/open-round";
import { restoreRound } from "@/lib/rounds/restore-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { withdrawRound } from "@/lib/rounds/withdraw-round";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { defineEndpoint } from "../endpoint";
import { completenessOut, completenessSchema, countryReportOut, countryReportSchema, roundOut, roundSchema, roundsTags as tags, roundSummarySchema } from "./round-schemas";

const idParams = z.object({ id: z.uuid() });
const code = countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "TG" }));
const day = z.string().meta({ description: "A calendar day, YYYY-MM-DD.", example: "2027-02-14" });
const today = z.object({ today: z.iso.date().optional().meta({ description: "The day each country's state is judged on (default: today, UTC)." }) });
const roundAnswer = z.object({ data: roundSchema });

const roundFields = {
  name: z.string().min(1).max(200),
  periodStart: day,
  periodEnd: day.meta({ description: "Not before `periodStart`." }),
  dueOn: day.meta({ description: "Not before the period starts." }),
  reminderDaysBefore: z.int().min(0).max(90).optional().meta({ description: "Days before the due date the working groups are reminded (default 7); they are reminded again the day after it." }),
  countryCodes: z.array(z.string()).min(1).max(300).meta({ description: "The countries asked to report (ISO 3166-1 alpha-2)." }),
};

/** A round as the caller now reads it, after a change (a withdrawn one too, for those who manage rounds). */
const roundAfter = async (db: Database, actor: Actor, id: string) => ({ data: roundOut(await getRound(db, actor, id)) });

export const listRoundsEndpoint = defineEndpoint({
  method: "GET",
  path: "/rounds",
  operationId: "listReportingRounds",
  summary: "List the reporting rounds",
  description:
    "Newest due date first, with how many countries each asks and how many reports are submitted, accepted and returned. Read by everyone signed in. " +
    "`withdrawn=true` adds withdrawn rounds for those who manage rounds.",
  tags,
  query: z.object({ withdrawn: z.enum(["true", "false"]).optional() }),
  response: z.object({ data: z.array(roundSummarySchema) }),
  handle: async ({ db, actor, query }) => ({ data: await listRounds(db, actor, { withdrawn: query.withdrawn === "true" }) }),
});

export const openRoundEndpoint = defineEndpoint({
  method: "POST",
  path: "/rounds",
  operationId: "openReportingRound",
  summary: "Open a reporting round",
  description: "Needs round.manage (a coordinator): the period reported on, the due date, the reminder and the countries asked.",
  tags,
  body: z.object(roundFields),
  response: roundAnswer,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, body }) => roundAfter(db, actor, (await openRound(db, actor, body)).id),
});

export const getRoundEndpoint = defineEndpoint({
  method: "GET",
  path: "/rounds/{id}",
  operationId: "getReportingRound",
  summary: "Read a round, with each asked country's report status",
  description: "Read by everyone signed in; a withdrawn round only by those who manage rounds (404 otherwise).",
  tags,
  params: idParams,
  query: today,
  response: roundAnswer,
  handle: async ({ db, actor, params, query }) => ({ data: roundOut(await getRound(db, actor, params.id, { today: query.today })) }),
});

export const editRoundEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/rounds/{id}",
  operationId: "editReportingRound",
  summary: "Edit a round",
  description: "Needs round.manage. Send every field as it should be, and the version you read: a newer one answers 409 with the round as it stands.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1), ...roundFields }),
  response: roundAnswer,
  handle: async ({ db, actor, params, body }) => roundAfter(db, actor, (await editRound(db, actor, { ...body, id: params.id })).id),
});

export const withdrawRoundEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/rounds/{id}",
  operationId: "withdrawReportingRound",
  summary: "Withdraw a round, with a reason",
  description: "Needs round.manage. A soft delete, with the version you read: its reports stay, it locks nothing and sends no reminder, and it can be restored.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1), reason: z.string().min(1) }),
  response: roundAnswer,
  handle: async ({ db, actor, params, body }) => roundAfter(db, actor, (await withdrawRound(db, actor, { ...body, id: params.id })).id),
});

export const restoreRoundEndpoint = defineEndpoint({
  method: "POST",
  path: "/rounds/{id}/restore",
  operationId: "restoreReportingRound",
  summary: "Restore a withdrawn round",
  description: "Needs round.manage. Send the version you read: a newer one answers 409.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1) }),
  response: roundAnswer,
  handle: async ({ db, actor, params, body }) => roundAfter(db, actor, (await restoreRound(db, actor, { ...body, id: params.id })).id),
});

export const getCompletenessEndpoint = defineEndpoint({
  method: "GET",
  path: "/rounds/{id}/completeness",
  operationId: "getRoundCompleteness",
  summary: "A round's completeness: each country on time, late, returned, missing or pending",
  description: "With the counts per state and the share on time of the reports due. Read by everyone signed in.",
  tags,
  params: idParams,
  query: today,
  response: z.object({ data: completenessSchema }),
  handle: async ({ db, actor, params, query }) => ({ data: completenessOut(await getCompleteness(db, actor, params.id, { today: query.today })) }),
});

export const getCountryReportEndpoint = defineEndpoint({
  method: "GET",
  path: "/rounds/{id}/reports/{code}",
  operationId: "getCountryReport",
  summary: "Read a country's report for a round",
  description:
    "The narrative, the workflow and what the period's data says (live while it is written, frozen at submission). Read by the country's working group, " +
    "coordinators and reviewers, and, once accepted, by advisers of an agency supporting the country (403 otherwise); items kept to the country follow the sharing rule.",
  tags,
  params: z.object({ id: z.uuid(), code }),
  response: z.object({ data: countryReportSchema }),
  handle: async ({ db, actor, params }) => ({ data: countryReportOut(await getCountryReport(db, actor, params.id, params.code)) }),
});

export const saveReportNarrativeEndpoint = defineEndpoint({
  method: "PUT",
  path: "/rounds/{id}/reports/{code}",
  operationId: "saveReportNarrative",
  summary: "Write a country report's narrative",
  description:
    "Needs report.write (the country's working group). The first save makes the report, in the writer's language, and names no version; later saves send the report's version " +
    "(a newer one answers 409). Only a report being written (draft, returned, reopened) takes a narrative (422 otherwise).",
  tags,
  params: z.object({ id: z.uuid(), code }),
  body: z.object({
    version: z.int().min(1).optional(),
    achievements: z.string().max(10_000).optional(),
    difficulties: z.string().max(10_000).optional(),
    nextSteps: z.string().max(10_000).optional(),
  }),
  response: z.object({ data: countryReportSchema }),
  handle: async ({ db, actor, params, body }) => {
    await saveReportNarrative(db, actor, { ...body, roundId: params.id, countryCode: params.code });
    return { data: countryReportOut(await getCountryReport(db, actor, params.id, params.code)) };
  },
});
