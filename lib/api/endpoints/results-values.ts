/**
 * The values of a followed indicator through the same lib/ functions as the pages: recorded by the country's group,
 * proposed by an adviser and accepted or declined by the group, edited, withdrawn and restored. Each answers the
 * value's id and version and the followed indicator as it now stands.
 */
import type { Database } from "@/db/engine";
import { indicatorSexes } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { acceptProposal } from "@/lib/results/accept-proposal";
import { declineProposal } from "@/lib/results/decline-proposal";
import { editIndicatorValue } from "@/lib/results/edit-value";
import { proposeIndicatorValue } from "@/lib/results/propose-value";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { restoreIndicatorValue } from "@/lib/results/restore-value";
import { withdrawIndicatorValue } from "@/lib/results/withdraw-value";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { changeOut, changeSchema, resultsTags as tags } from "./results-schemas";

const idParams = z.object({ id: z.uuid() });
const versionBody = z.object({ version: z.int().min(1) });
const answer = z.object({ data: changeSchema });

const valueFields = {
  period: z.string().min(1).max(30).meta({ description: "A year (\"2020\") or a fiscal year (\"2016/17\"), whose dates Socle works out; any other label needs `periodStart` and `periodEnd`.", example: "2023" }),
  periodStart: z.iso.date().optional(),
  periodEnd: z.iso.date().optional(),
  sex: z.enum(indicatorSexes).optional().meta({ description: "`total` when left out; `female` and `male` only for an indicator given by sex." }),
  value: z.string().meta({ description: "An exact decimal figure as text; a percentage from 0 to 100.", example: "21.3" }),
  source: z.string().optional(),
  note: z.string().optional(),
  evidenceUrl: z.string().optional().meta({ description: "An http or https address." }),
};

export const recordIndicatorValueEndpoint = defineEndpoint({
  method: "POST",
  path: "/country-indicators/{id}/values",
  operationId: "recordIndicatorValue",
  summary: "Record a value of a followed indicator",
  description: "Needs results.write: the country's working group, or a coordinator. One accepted value per period and sex: a second answers 422.",
  tags,
  params: idParams,
  body: z.object(valueFields),
  response: answer,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { id, countryCode } = await recordIndicatorValue(db, actor, { ...body, countryIndicatorId: params.id });
    return changeOut(db, actor, { id, countryCode, version: 1 }, params.id);
  },
});

export const proposeIndicatorValueEndpoint = defineEndpoint({
  method: "POST",
  path: "/country-indicators/{id}/proposals",
  operationId: "proposeIndicatorValue",
  summary: "Propose a value of a followed indicator",
  description: "Needs results.propose (an agency adviser), on a followed indicator the caller may read. It waits, out of the series, until the country's group accepts or declines it.",
  tags,
  params: idParams,
  body: z.object(valueFields),
  response: answer,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { id, countryCode } = await proposeIndicatorValue(db, actor, { ...body, countryIndicatorId: params.id });
    return changeOut(db, actor, { id, countryCode, version: 1 }, params.id);
  },
});

/** A change to one value, by its id: the lib/ function answers the value's id, version and followed indicator. */
function valueChangeEndpoint<Body extends z.ZodObject>(
  endpoint: { method: "PATCH" | "POST"; path: string; operationId: string; summary: string; description: string; body: Body },
  change: (db: Database, actor: Actor, input: unknown) => Promise<{ id: string; version: number; countryCode: string; countryIndicatorId: string }>,
) {
  return defineEndpoint({
    ...endpoint,
    tags,
    params: idParams,
    response: answer,
    handle: async ({ db, actor, params, body }) => {
      const changed = await change(db, actor, { ...(body as object), id: params.id });
      return changeOut(db, actor, changed, changed.countryIndicatorId);
    },
  });
}

const withReason = versionBody.extend({ reason: z.string().min(1) });

export const editIndicatorValueEndpoint = valueChangeEndpoint(
  {
    method: "PATCH",
    path: "/indicator-values/{id}",
    operationId: "editIndicatorValue",
    summary: "Edit an accepted value",
    description: "Send every field as it should be, and the version you read: a newer one answers 409 with the value as it stands. A proposal is accepted or declined, not edited.",
    body: versionBody.extend(valueFields),
  },
  editIndicatorValue,
);

export const withdrawIndicatorValueEndpoint = valueChangeEndpoint(
  {
    method: "POST",
    path: "/indicator-values/{id}/withdraw",
    operationId: "withdrawIndicatorValue",
    summary: "Withdraw a value, with a reason",
    description: "A soft delete: the value leaves the series, keeps its history and can be restored. An adviser may withdraw their own proposal while it waits.",
    body: withReason,
  },
  withdrawIndicatorValue,
);

export const restoreIndicatorValueEndpoint = valueChangeEndpoint(
  {
    method: "POST",
    path: "/indicator-values/{id}/restore",
    operationId: "restoreIndicatorValue",
    summary: "Restore a withdrawn value",
    description: "Refused (422) while its period and sex have another accepted value.",
    body: versionBody,
  },
  restoreIndicatorValue,
);

export const acceptProposalEndpoint = valueChangeEndpoint(
  {
    method: "POST",
    path: "/indicator-values/{id}/accept",
    operationId: "acceptIndicatorValueProposal",
    summary: "Accept a proposed value",
    description: "Needs results.write in the country. It joins the series, replacing (withdrawing) the accepted value of its period and sex, if any.",
    body: versionBody,
  },
  acceptProposal,
);

export const declineProposalEndpoint = valueChangeEndpoint(
  {
    method: "POST",
    path: "/indicator-values/{id}/decline",
    operationId: "declineIndicatorValueProposal",
    summary: "Decline a proposed value, with a reason",
    description: "Needs results.write in the country. It stays out of the series, in the history.",
    body: withReason,
  },
  declineProposal,
);
