/** The progress endpoints: a country's steps, milestones (list, log, edit), through the same lib/ functions as the pages. */
import { eq } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { sharingLevels, stepStatuses } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { notFound } from "@/lib/errors";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { listMilestones, type MilestoneView } from "@/lib/progress/milestone-list";
import { queryMilestones } from "@/lib/progress/query-milestones";
import { stepSignOffs } from "@/lib/reports/step-sign-offs";
import { stepQuerySchema, milestonePageQuerySchema } from "@/lib/validation/api-queries";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, localizedTextResponse, pageResponse, timestamp } from "../schemas";
import { stepTitleFields } from "@/lib/progress/step-title";

const codeParams = z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "BJ" })) });
const idParams = z.object({ id: z.uuid() });

const step = z
  .object({
    id: z.uuid(),
    number: z.int().meta({ description: "The step's place in the country's order, from 1." }),
    key: z.string().nullable().meta({ description: "The framework step's stable key; null for a national step." }),
    title: localizedTextResponse.nullable(),
    nationalTitle: z.string().nullable(),
    status: z.enum(stepStatuses),
    statusChangedAt: timestamp.nullable(),
    signedOffAt: timestamp.nullable(),
    signedOffBy: z.string().nullable(),
    signOffNote: z.string().nullable(),
    requiresEvidence: z.boolean(),
    fromOlderVersion: z.boolean().meta({ description: "A step the country's framework version no longer has, kept with its history." }),
    subActivities: z.object({ total: z.int(), done: z.int() }),
  })
  .meta({ id: "Step" });

const evidenceItem = z.object({
  id: z.uuid(),
  kind: z.enum(["link", "file"]),
  title: z.string(),
  url: z.string().meta({ description: "The web address, or where Socle serves the uploaded file." }),
  addedAt: timestamp,
});

const milestone = z
  .object({
    id: z.uuid(),
    countryCode: z.string().length(2),
    countryStepId: z.uuid(),
    title: z.string(),
    occurredOn: z.iso.date(),
    description: z.string(),
    version: z.int().meta({ description: "Send it back when editing: a stale version is refused with 409." }),
    authorName: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
    evidence: z.array(evidenceItem),
  })
  .meta({ id: "Milestone" });

function milestoneOut(row: MilestoneView) {
  return {
    id: row.id,
    countryCode: row.countryCode,
    countryStepId: row.countryStepId,
    title: row.title,
    occurredOn: row.occurredOn,
    description: row.description,
    version: row.version,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    evidence: row.evidence.map((item) => ({ id: item.id, kind: item.kind, title: item.title, url: item.url ?? `/api/evidence/${item.id}`, addedAt: item.addedAt.toISOString() })),
  };
}

async function milestoneById(db: Parameters<typeof listMilestones>[0], actor: Actor, id: string) {
  const [row] = await listMilestones(db, actor, eq(milestones.id, id));
  if (!row) throw notFound();
  return { data: milestoneOut(row) };
}

export const listStepsEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/steps",
  operationId: "listCountrySteps",
  summary: "List a country's key steps",
  description: "The country's steps in order with status, sign-off and checklist; optionally only those of one status.",
  tags: ["Progress"],
  params: codeParams,
  query: stepQuerySchema,
  response: z.object({ data: z.array(step) }),
  handle: async ({ db, actor, params, query }) => {
    const { country, steps } = await getCountryOverview(db, actor, params.code);
    const signOffs = await stepSignOffs(db, [country.code]);
    return {
      data: steps
        .map((row, index) => ({ row, number: index + 1, signOff: signOffs.get(row.id) }))
        .filter(({ row }) => !query.status || row.status === query.status)
        .map(({ row, number, signOff }) => ({
          id: row.id,
          number,
          key: row.key,
          ...stepTitleFields(row.title),
          status: row.status,
          statusChangedAt: isoTimestamp(row.statusChangedAt),
          signedOffAt: isoTimestamp(signOff?.signedOffAt ?? null),
          signedOffBy: signOff?.signedOffByName ?? null,
          signOffNote: signOff?.signOffNote ?? null,
          requiresEvidence: row.requiresEvidence,
          fromOlderVersion: row.fromOlderVersion,
          subActivities: { total: row.subActivitiesTotal, done: row.subActivitiesDone },
        })),
    };
  },
});

export const listMilestonesEndpoint = defineEndpoint({
  method: "GET",
  path: "/milestones",
  operationId: "listMilestones",
  summary: "List milestones",
  description: "Milestones, latest first, filtered by country, framework step key and date, with their evidence.",
  tags: ["Progress"],
  query: milestonePageQuerySchema,
  response: pageResponse(milestone, "MilestonePage"),
  handle: async ({ db, actor, query }) => {
    const page = await queryMilestones(db, actor, query);
    return { data: page.data.map(milestoneOut), nextCursor: page.nextCursor };
  },
});

const link = z.object({ url: z.url(), title: z.string().optional() });

export const logMilestoneEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/milestones",
  operationId: "logMilestone",
  summary: "Log a milestone on one of the country's steps",
  description: "With web links as evidence; files are uploaded through the step's page. Needs milestone.log for the country.",
  tags: ["Progress"],
  params: codeParams,
  body: z.object({
    countryStepId: z.uuid(),
    title: z.string().min(1).meta({ example: "Working group set up by ministerial order" }),
    occurredOn: z.iso.date(),
    description: z.string().optional(),
    links: z.array(link).optional(),
    sharingLevel: z.enum(sharingLevels).optional().meta({ description: "Who reads it: `country` (its working group and coordinators, the default) or `all`." }),
    evidenceSharingLevel: z.enum(sharingLevels).optional().meta({ description: "The same, for the links sent with it." }),
  }),
  response: z.object({ data: milestone }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const logged = await logMilestone(db, actor, { ...body, countryCode: params.code });
    return milestoneById(db, actor, logged.id);
  },
});

export const editMilestoneEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/milestones/{id}",
  operationId: "editMilestone",
  summary: "Edit a milestone",
  description: "Send the version you read: a newer one answers 409 with the milestone as it stands.",
  tags: ["Progress"],
  params: idParams,
  body: z.object({ version: z.int().min(1), title: z.string().min(1), occurredOn: z.iso.date(), description: z.string().optional() }),
  response: z.object({ data: milestone }),
  handle: async ({ db, actor, params, body }) => {
    await editMilestone(db, actor, { ...body, milestoneId: params.id });
    return milestoneById(db, actor, params.id);
  },
});
