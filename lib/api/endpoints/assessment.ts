/**
 * The assessment matrix's item endpoints: an item added to a country's matrix, read, edited, moved, withdrawn,
 * restored, decided after its dialogue, and its history, through the same lib/ functions as the pages.
 */
import { assessmentSections, guarantees, recommendationKinds, recommendationPriorities, recommendationStatuses, reviewStates } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { editAssessmentItem } from "@/lib/assessment/matrix/edit-item";
import { getAssessmentItem, listAssessmentItemHistory } from "@/lib/assessment/matrix/get-item";
import type { AssessmentItemView } from "@/lib/assessment/matrix/get-matrix";
import { moveAssessmentItem } from "@/lib/assessment/matrix/move-item";
import { restoreAssessmentItem, withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import { maxPageNumber } from "@/lib/paging";
import { recommendationDecisions } from "@/lib/validation/assessment";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { timestamp } from "../schemas";

const recommendationOnly = "A recommendation's; null for a policy gap or an implementation issue.";

/** An item as the matrix and its versions hold it. */
export const frozenAssessmentItem = z
  .object({
    id: z.uuid(),
    guarantee: z.enum(guarantees).meta({ description: "The guarantee's block (Recommendation 202, paragraph 5)." }),
    section: z.enum(assessmentSections),
    position: z.int().meta({ description: "Order within its block and section, from 1; gaps are harmless." }),
    statement: z.string(),
    details: z.string(),
    recommendationKind: z.enum(recommendationKinds).nullable().meta({ description: `${recommendationOnly} \`benefit_coverage\` is costed in key step 6; \`management\` is not.` }),
    priority: z.enum(recommendationPriorities).nullable().meta({ description: recommendationOnly }),
    status: z.enum(recommendationStatuses).nullable().meta({ description: `${recommendationOnly} proposed → endorsed (at a national dialogue) → adopted, or dropped with a reason.` }),
  })
  .meta({ id: "FrozenAssessmentItem" });

export const assessmentItem = frozenAssessmentItem
  .extend({
    countryCode: z.string().length(2),
    reviewState: z.enum(reviewStates).nullable(),
    endorsedOn: z.iso.date().nullable().meta({ description: "The date of the national dialogue that endorsed it." }),
    endorsementMilestoneId: z.uuid().nullable().meta({ description: "The milestone that records that dialogue, with its evidence." }),
    endorsedInVersion: z.int().nullable().meta({ description: "The number of the matrix version that dialogue endorsed." }),
    decidedOn: z.iso.date().nullable().meta({ description: "When it was adopted or dropped." }),
    decisionReason: z.string().nullable(),
    withdrawalReason: z.string().nullable(),
    version: z.int().meta({ description: "Send it back with every change: a stale version is refused with 409." }),
    updatedAt: timestamp,
  })
  .meta({ id: "AssessmentItem" });

const assessmentItemDetails = assessmentItem
  .extend({
    withdrawn: z.boolean().meta({ description: "Withdrawn items are read only by those who may restore them." }),
    endorsementMilestone: z.object({ id: z.uuid(), title: z.string() }).nullable().meta({ description: "The dialogue's milestone, when the caller may read it." }),
  })
  .meta({ id: "AssessmentItemDetails" });

export const itemOut = <Item extends AssessmentItemView>(item: Item) => ({ ...item, updatedAt: item.updatedAt.toISOString() });

async function itemById(db: Database, actor: Actor, id: string) {
  return { data: itemOut(await getAssessmentItem(db, actor, id)) };
}

export const codeParams = z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "MZ" })) });
const idParams = z.object({ id: z.uuid() });
const versionBody = z.object({ version: z.int().min(1) });

const itemText = {
  statement: z.string().min(1).meta({ description: "What the gap, issue or recommendation says, in a sentence or two.", example: "Extend the child grant to all children under five" }),
  details: z.string().optional(),
  recommendationKind: z.enum(recommendationKinds).optional().meta({ description: "Required for a recommendation; ignored otherwise." }),
  priority: z.enum(recommendationPriorities).optional().meta({ description: "Required for a recommendation; ignored otherwise." }),
};

const itemResponse = z.object({ data: assessmentItemDetails });
const tags = ["Assessment"];

export const addAssessmentItemEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/assessment/items",
  operationId: "addAssessmentItem",
  summary: "Add an item to a country's assessment matrix",
  description: "A policy gap, an implementation issue or a recommendation (proposed), last in its guarantee's block and section. Needs assessment.write: the country's working group, or a coordinator.",
  tags,
  params: codeParams,
  body: z.object({ guarantee: z.enum(guarantees), section: z.enum(assessmentSections), ...itemText }),
  response: itemResponse,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { id } = await addAssessmentItem(db, actor, { ...body, countryCode: params.code });
    return itemById(db, actor, id);
  },
});

export const getAssessmentItemEndpoint = defineEndpoint({
  method: "GET",
  path: "/assessment/items/{id}",
  operationId: "getAssessmentItem",
  summary: "Read an item of an assessment matrix",
  description: "An item of a matrix kept to its country answers 404 to outsiders, as one that does not exist.",
  tags,
  params: idParams,
  response: itemResponse,
  handle: async ({ db, actor, params }) => itemById(db, actor, params.id),
});

export const editAssessmentItemEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/assessment/items/{id}",
  operationId: "editAssessmentItem",
  summary: "Edit an item's text (and a recommendation's kind and priority)",
  description: "Send the text as it should be and the version you read: a newer one answers 409 with the item as it stands. Its block and section stay; an item under review goes back to review.",
  tags,
  params: idParams,
  body: versionBody.extend(itemText),
  response: itemResponse,
  handle: async ({ db, actor, params, body }) => {
    await editAssessmentItem(db, actor, { ...body, id: params.id });
    return itemById(db, actor, params.id);
  },
});

export const moveAssessmentItemEndpoint = defineEndpoint({
  method: "POST",
  path: "/assessment/items/{id}/move",
  operationId: "moveAssessmentItem",
  summary: "Move an item one place up or down within its section",
  description: "Already first (or last), nothing changes and the version stays.",
  tags,
  params: idParams,
  body: versionBody.extend({ direction: z.enum(["up", "down"]) }),
  response: itemResponse,
  handle: async ({ db, actor, params, body }) => {
    await moveAssessmentItem(db, actor, { ...body, id: params.id });
    return itemById(db, actor, params.id);
  },
});

export const withdrawAssessmentItemEndpoint = defineEndpoint({
  method: "POST",
  path: "/assessment/items/{id}/withdraw",
  operationId: "withdrawAssessmentItem",
  summary: "Withdraw an item, with a reason",
  description: "A soft delete: the item leaves the matrix, exports and search, keeps its history, and can be restored. Endorsed versions keep it as they froze it.",
  tags,
  params: idParams,
  body: versionBody.extend({ reason: z.string().min(1) }),
  response: itemResponse,
  handle: async ({ db, actor, params, body }) => {
    await withdrawAssessmentItem(db, actor, { ...body, id: params.id });
    return itemById(db, actor, params.id);
  },
});

export const restoreAssessmentItemEndpoint = defineEndpoint({
  method: "POST",
  path: "/assessment/items/{id}/restore",
  operationId: "restoreAssessmentItem",
  summary: "Restore a withdrawn item",
  description: "It comes back last in its section. Send the version you read: a newer one answers 409.",
  tags,
  params: idParams,
  body: versionBody,
  response: itemResponse,
  handle: async ({ db, actor, params, body }) => {
    await restoreAssessmentItem(db, actor, { ...body, id: params.id });
    return itemById(db, actor, params.id);
  },
});

export const decideRecommendationEndpoint = defineEndpoint({
  method: "POST",
  path: "/assessment/items/{id}/decide",
  operationId: "decideRecommendation",
  summary: "Adopt, drop or reopen a recommendation",
  description:
    "`adopted` needs an endorsed recommendation and `decidedOn`; `dropped` (from proposed or endorsed) needs `decidedOn` and a `reason`; `reopened` sends an adopted or dropped one back to endorsed, or to proposed if it never was.",
  tags,
  params: idParams,
  body: versionBody.extend({ status: z.enum(recommendationDecisions), decidedOn: z.iso.date().optional(), reason: z.string().optional() }),
  response: itemResponse,
  handle: async ({ db, actor, params, body }) => {
    await decideRecommendation(db, actor, { ...body, id: params.id });
    return itemById(db, actor, params.id);
  },
});

const historyEntry = z
  .object({
    id: z.int(),
    at: timestamp,
    actorName: z.string().nullable(),
    action: z.string().meta({ example: "assessment.edit" }),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: "AssessmentItemHistoryEntry" });

export const listAssessmentItemHistoryEndpoint = defineEndpoint({
  method: "GET",
  path: "/assessment/items/{id}/history",
  operationId: "listAssessmentItemHistory",
  summary: "An item's history, newest first",
  description: "Every change to the item, a counted page at a time (`page` from 1).",
  tags,
  params: idParams,
  query: z.object({ page: z.coerce.number().int().min(1).max(maxPageNumber).optional().meta({ description: "From 1; past the last page, the last page." }) }),
  response: z.object({ data: z.array(historyEntry), page: z.int(), pageCount: z.int(), total: z.int() }).meta({ id: "AssessmentItemHistoryPage" }),
  handle: async ({ db, actor, params, query }) => {
    const history = await listAssessmentItemHistory(db, actor, { itemId: params.id, page: query.page });
    return {
      data: history.rows.map((entry) => ({ id: entry.id, at: entry.at.toISOString(), actorName: entry.actorName, action: entry.action, changes: entry.changes })),
      page: history.page,
      pageCount: history.pageCount,
      total: history.total,
    };
  },
});
