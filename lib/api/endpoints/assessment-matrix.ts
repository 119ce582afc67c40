/**
 * The assessment matrix as a whole: a country's matrix by guarantee block, its endorsement at a national dialogue,
 * who reads it, and an endorsed version compared with the draft, through the same lib/ functions as the pages.
 */
import { guarantees, schemeStatuses, sharingLevels } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { comparedFields } from "@/lib/assessment/matrix/content";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { type AssessmentVersionSummary, getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { getAssessmentVersion } from "@/lib/assessment/matrix/get-version";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse, timestamp } from "../schemas";
import { assessmentItem, codeParams, frozenAssessmentItem, itemOut } from "./assessment";

const blockScheme = z
  .object({ id: z.uuid(), nationalName: z.string(), englishName: z.string(), guarantees: z.array(z.enum(guarantees)), status: z.enum(schemeStatuses) })
  .meta({ id: "AssessmentBlockScheme", description: "A scheme of the inventory serving the block's guarantee (one kept to its country is left out for outsiders)." });

/** A guarantee's block: its schemes, then its items by section, each in order. */
function block<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      guarantee: z.enum(guarantees),
      schemes: z.array(blockScheme),
      sections: z.object({ policy_gap: z.array(item), implementation_issue: z.array(item), recommendation: z.array(item) }),
    })
    .meta({ id });
}

const versionSummary = z
  .object({
    id: z.uuid(),
    number: z.int().meta({ description: "From 1 per country; never changed once endorsed." }),
    endorsedOn: z.iso.date(),
    milestone: z.object({ id: z.uuid(), title: z.string() }).nullable().meta({ description: "The dialogue's milestone, when the caller may read it." }),
    endorsedByName: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "AssessmentVersionSummary" });

const country = z.object({ code: z.string().length(2), name: localizedTextResponse });

const matrix = z
  .object({
    country,
    readable: z.boolean().meta({ description: "False when the matrix is kept to its country and the caller is outside it: then it is empty." }),
    sharingLevel: z.enum(sharingLevels).meta({ description: "`country`: read by the country's working group and coordinators; `all`: by everyone signed in." }),
    version: z.int().meta({ description: "The matrix's version, raised by every change to an item: send it when endorsing or sharing. 0 before the first item." }),
    blocks: z.array(block(assessmentItem, "AssessmentBlock")).meta({ description: "Four blocks, in the guarantees' order." }),
    versions: z.array(versionSummary).meta({ description: "The endorsed versions, newest first." }),
    changedSinceEndorsed: z.boolean().nullable().meta({ description: "Whether the draft differs from the latest endorsed version; null when none was endorsed." }),
    withdrawn: z.array(assessmentItem).meta({ description: "Withdrawn items, for those who may restore them; empty for others." }),
    itemCount: z.int(),
  })
  .meta({ id: "AssessmentMatrix" });

const summaryOut = (version: AssessmentVersionSummary) => ({ ...version, createdAt: version.createdAt.toISOString() });

async function matrixOf(db: Database, actor: Actor, code: string) {
  const view = await getAssessmentMatrix(db, actor, code);
  return {
    data: {
      ...view,
      blocks: view.blocks.map((one) => ({
        ...one,
        sections: {
          policy_gap: one.sections.policy_gap.map(itemOut),
          implementation_issue: one.sections.implementation_issue.map(itemOut),
          recommendation: one.sections.recommendation.map(itemOut),
        },
      })),
      versions: view.versions.map(summaryOut),
      withdrawn: view.withdrawn.map(itemOut),
    },
  };
}

const versionView = z
  .object({
    country,
    version: versionSummary,
    latestNumber: z.int().meta({ description: "The newest version's number, to tell whether this one is the latest." }),
    blocks: z.array(block(frozenAssessmentItem, "FrozenAssessmentBlock")).meta({ description: "The matrix as this version froze it." }),
    sinceThen: z
      .object({
        added: z.array(frozenAssessmentItem),
        changed: z.array(z.object({ before: frozenAssessmentItem, after: frozenAssessmentItem, fields: z.array(z.enum(comparedFields)) })),
        removed: z.array(frozenAssessmentItem),
      })
      .meta({ id: "AssessmentComparison", description: "What the draft changed since this version, item by item: added, changed (which fields, before and after), removed." }),
  })
  .meta({ id: "AssessmentVersion" });

async function versionOf(db: Database, actor: Actor, code: string, number: number) {
  const view = await getAssessmentVersion(db, actor, code, number);
  return { data: { ...view, version: summaryOut(view.version) } };
}

const tags = ["Assessment"];
const matrixVersion = z.int().min(1).meta({ description: "The matrix's version you read: a newer one answers 409." });

export const getAssessmentMatrixEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/assessment",
  operationId: "getAssessmentMatrix",
  summary: "Read a country's assessment matrix",
  description: "Four guarantee blocks, each with the inventory's schemes serving it and its policy gaps, implementation issues and recommendations in order; the endorsed versions; whether the draft changed since the latest.",
  tags,
  params: codeParams,
  response: z.object({ data: matrix }),
  handle: ({ db, actor, params }) => matrixOf(db, actor, params.code),
});

export const endorseAssessmentEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/assessment/endorse",
  operationId: "endorseAssessment",
  summary: "Endorse a country's matrix at a national dialogue",
  description:
    "Freezes the matrix as the next endorsed version. `milestoneId` names the country's milestone that records the dialogue, with evidence; `recommendationIds` the proposed recommendations it endorsed (possibly none), which take its date. Needs assessment.write.",
  tags,
  params: codeParams,
  body: z.object({ version: matrixVersion, milestoneId: z.uuid(), recommendationIds: z.array(z.uuid()).optional() }),
  response: z.object({ data: versionView }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { number, countryCode } = await endorseAssessment(db, actor, { ...body, recommendationIds: body.recommendationIds ?? [], countryCode: params.code });
    return versionOf(db, actor, countryCode, number);
  },
});

export const shareAssessmentEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/assessment/sharing",
  operationId: "shareAssessment",
  summary: "Say who reads a country's matrix",
  description: "Its items and endorsed versions follow the matrix's level. Needs assessment.write.",
  tags,
  params: codeParams,
  body: z.object({ version: matrixVersion, sharingLevel: z.enum(sharingLevels) }),
  response: z.object({ data: matrix }),
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await shareAssessment(db, actor, { ...body, countryCode: params.code });
    return matrixOf(db, actor, countryCode);
  },
});

export const getAssessmentVersionEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/assessment/versions/{number}",
  operationId: "getAssessmentVersion",
  summary: "Read an endorsed version of a matrix, compared with the draft",
  description: "A version of a matrix kept to its country answers 404 to outsiders, as one that does not exist.",
  tags,
  params: codeParams.extend({ number: z.coerce.number().int().min(1).max(999_999) }),
  response: z.object({ data: versionView }),
  handle: ({ db, actor, params }) => versionOf(db, actor, params.code, params.number),
});
