/**
 * A country report's workflow (issue 20) through the same lib/ functions as the report's page: the working group
 * submits it, a reviewer or coordinator returns it with a reason or accepts it (which locks its period), and a
 * coordinator reopens an accepted report's period with a reason. Each answers the report as the caller now reads it.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { acceptReport, returnReport } from "@/lib/rounds/decide-report";
import { getCountryReport } from "@/lib/rounds/get-country-report";
import { reopenReportPeriod } from "@/lib/rounds/reopen-report-period";
import { submitReport } from "@/lib/rounds/submit-report";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { countryReportOut, countryReportSchema, roundsTags as tags } from "./round-schemas";

const idParams = z.object({ id: z.uuid().meta({ description: "The country report's id (`report.id` of the report)." }) });
const versionBody = z.object({ version: z.int().min(1) });
const withReason = versionBody.extend({ reason: z.string().min(1).max(2000) });

type Step = (db: Database, actor: Actor, input: unknown) => Promise<{ id: string; countryCode: string; version: number }>;

/** One step of the workflow, by the report's id: the lib/ function checks who may take it, and on which status. */
function reportStepEndpoint<Body extends z.ZodObject>(
  endpoint: { path: string; operationId: string; summary: string; description: string; body: Body },
  step: Step,
) {
  return defineEndpoint({
    ...endpoint,
    method: "POST",
    tags,
    params: idParams,
    response: z.object({ data: countryReportSchema }),
    handle: async ({ db, actor, params, body }) => {
      const { id, countryCode } = await step(db, actor, { ...(body as object), id: params.id });
      const [report] = await db.select({ roundId: countryReports.roundId }).from(countryReports).where(eq(countryReports.id, id));
      return { data: countryReportOut(await getCountryReport(db, actor, report!.roundId, countryCode)) };
    },
  });
}

export const submitReportEndpoint = reportStepEndpoint(
  {
    path: "/country-reports/{id}/submit",
    operationId: "submitCountryReport",
    summary: "Submit a country report",
    description: "Needs report.write (the country's working group), on a report being written, with the version you read. What the period's data says is frozen with it.",
    body: versionBody,
  },
  submitReport,
);

export const returnReportEndpoint = reportStepEndpoint(
  {
    path: "/country-reports/{id}/return",
    operationId: "returnCountryReport",
    summary: "Return a submitted report to its working group, with a reason",
    description: "Needs report.review (a reviewer or coordinator), on a submitted report. The working group is told, and submits it again.",
    body: withReason,
  },
  returnReport,
);

export const acceptReportEndpoint = reportStepEndpoint(
  {
    path: "/country-reports/{id}/accept",
    operationId: "acceptCountryReport",
    summary: "Accept a submitted report",
    description: "Needs report.review, on a submitted report. It is locked, and so is what it reports: the country's records dated in the period refuse changes (409) until its period is reopened.",
    body: versionBody,
  },
  acceptReport,
);

export const reopenReportEndpoint = reportStepEndpoint(
  {
    path: "/country-reports/{id}/reopen",
    operationId: "reopenCountryReportPeriod",
    summary: "Reopen an accepted report's period, with a reason",
    description: "Needs period.reopen (a coordinator), on an accepted report. The period's records can be changed again, and the report is written and submitted anew.",
    body: withReason,
  },
  reopenReportPeriod,
);
