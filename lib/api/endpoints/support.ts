/** The support endpoints: support entries (list, add, edit), their transactions, and needs, through the same lib/ functions as the pages. */
import { firstTransactionTypes, fundingSources, needKinds, priorities, supportKinds, supportStatuses, technicalCategories, transactionTypes } from "@/db/schema/values";
import { normalizeAmount } from "@/lib/support/money";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { editSupportEntry } from "@/lib/support/edit-support-entry";
import type { SupportEntrySummary } from "@/lib/support/entry-summaries";
import { queryNeeds } from "@/lib/support/query-needs";
import { getSupportEntrySummary, querySupportEntries } from "@/lib/support/query-support-entries";
import { needPageQuerySchema, supportEntryPageQuerySchema } from "@/lib/validation/api-queries";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse, pageResponse, timestamp } from "../schemas";

const amount = z.string().meta({ description: "An exact decimal amount, as text (never a float).", example: "150000.50" });

const supportEntry = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    kind: z.enum(supportKinds),
    technicalCategory: z.enum(technicalCategories).nullable(),
    status: z.enum(supportStatuses),
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    amount: amount.nullable(),
    currency: z.string().length(3).nullable(),
    countryCode: z.string().length(2),
    agencyId: z.uuid(),
    agencyAcronym: z.string(),
    countryStepId: z.uuid().nullable(),
    stepKey: z.string().nullable(),
    flow: z.object({ pledged: amount, committed: amount, disbursed: amount, spent: amount }).meta({ description: "Sums of the live transactions, in the entry's currency." }),
    fundingSource: z.enum(fundingSources).meta({ description: "Where the money comes from: the agency's own resources, another coalition member, or a named donor." }),
    fundingAgencyId: z.uuid().nullable().meta({ description: "The member agency the money comes from (source `member`)." }),
    fundingAgencyAcronym: z.string().nullable(),
    fundingDonor: z.string().nullable().meta({ description: "The donor's name (source `donor`)." }),
    passThroughOfEntryId: z.uuid().nullable().meta({ description: "The giving member's entry this one passes on." }),
    countedInTotals: z.boolean().meta({ description: "False for the pass-through of a live entry: its money is counted once, at the giver's entry." }),
    version: z.int().meta({ description: "Send it back when editing: a stale version is refused with 409." }),
    updatedAt: timestamp,
  })
  .meta({ id: "SupportEntry" });

/** Amounts leave in their shortest exact form: "120000", not "120000.0000". */
const money = (value: string | number | null) => (value === null ? null : normalizeAmount(String(value)));

function entryOut(row: SupportEntrySummary) {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    kind: row.kind,
    technicalCategory: row.technicalCategory,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    amount: money(row.amount),
    currency: row.currency,
    countryCode: row.countryCode,
    agencyId: row.agencyId,
    agencyAcronym: row.agencyAcronym,
    countryStepId: row.countryStepId,
    stepKey: row.stepKey,
    flow: { pledged: money(row.pledged)!, committed: money(row.committed)!, disbursed: money(row.disbursed)!, spent: money(row.spent)! },
    fundingSource: row.fundingSource,
    fundingAgencyId: row.fundingAgencyId,
    fundingAgencyAcronym: row.fundingAgencyAcronym,
    fundingDonor: row.fundingDonor,
    passThroughOfEntryId: row.passThroughOfEntryId,
    countedInTotals: row.passedOnFrom === null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const entryFields = {
  countryStepId: z.uuid().optional().meta({ description: "The country step it targets, if any." }),
  kind: z.enum(supportKinds),
  reference: z.string().optional().meta({ description: "The agency's own reference; Socle gives one when left out." }),
  title: z.string().min(1),
  description: z.string().optional(),
  technicalCategory: z.enum(technicalCategories).optional().meta({ description: "Required for technical support." }),
  status: z.enum(supportStatuses),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
  deliverables: z.string().optional(),
  amount: amount.optional().meta({ description: "Required for financial support." }),
  currency: z.string().optional().meta({ description: "ISO 4217; required for financial support." }),
  fundingSource: z.enum(fundingSources).optional().meta({ description: "Where the money comes from; `own` when left out." }),
  fundingAgencyId: z.uuid().optional().meta({ description: "Required with source `member`: another member agency." }),
  fundingDonor: z.string().max(200).optional().meta({ description: "Required with source `donor`: the donor's name." }),
  passThroughOfEntryId: z
    .uuid()
    .optional()
    .meta({ description: "Financial support from a member only: the giving member's live entry in the same country that this one passes on (itself no pass-through). Its money is then counted once, at the giver's." }),
};

export const listSupportEntriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/support-entries",
  operationId: "listSupportEntries",
  summary: "List support entries",
  description: "Filtered as the support list is (country, agency acronym, framework step key, kind, category, status, dates), paged by id.",
  tags: ["Support"],
  query: supportEntryPageQuerySchema,
  response: pageResponse(supportEntry, "SupportEntryPage"),
  handle: async ({ db, actor, query }) => {
    const page = await querySupportEntries(db, actor, query);
    return { data: page.data.map(entryOut), nextCursor: page.nextCursor };
  },
});

export const addSupportEntryEndpoint = defineEndpoint({
  method: "POST",
  path: "/support-entries",
  operationId: "addSupportEntry",
  summary: "Add a support entry",
  description:
    "Needs support.write for the agency: an adviser adds their own agency's support, a coordinator any. A financial entry may record its amount at once as pledged or committed (`firstTransactionType`, `firstTransactionOn`): the entry and that first transaction are written together, or neither.",
  tags: ["Support"],
  body: z.object({
    countryCode: z.string().meta({ example: "BJ" }),
    agencyId: z.uuid(),
    ...entryFields,
    firstTransactionType: z.enum(firstTransactionTypes).optional().meta({ description: "Financial support: record the amount at once as pledged or committed." }),
    firstTransactionOn: z.iso.date().optional().meta({ description: "The day of that first transaction; required with `firstTransactionType`." }),
  }),
  response: z.object({ data: supportEntry }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, body }) => {
    const { id } = await addSupportEntry(db, actor, body);
    return { data: entryOut(await getSupportEntrySummary(db, actor, id)) };
  },
});

export const editSupportEntryEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/support-entries/{id}",
  operationId: "editSupportEntry",
  summary: "Edit a support entry",
  description: "Send every field as it should be, and the version you read: a newer one answers 409 with the entry as it stands.",
  tags: ["Support"],
  params: z.object({ id: z.uuid() }),
  body: z.object({ version: z.int().min(1), ...entryFields }),
  response: z.object({ data: supportEntry }),
  handle: async ({ db, actor, params, body }) => {
    await editSupportEntry(db, actor, { ...body, id: params.id });
    return { data: entryOut(await getSupportEntrySummary(db, actor, params.id)) };
  },
});

export const addSupportTransactionEndpoint = defineEndpoint({
  method: "POST",
  path: "/support-entries/{id}/transactions",
  operationId: "addSupportTransaction",
  summary: "Add a transaction to a financial support entry",
  description: "Pledged, committed, disbursed or spent, in the entry's currency. Disbursing beyond the commitments, or spending beyond the disbursements, needs a confirmation note.",
  tags: ["Support"],
  params: z.object({ id: z.uuid() }),
  body: z.object({ type: z.enum(transactionTypes), amount, occurredOn: z.iso.date(), confirmationNote: z.string().optional() }),
  response: z.object({ data: supportEntry }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    await addSupportTransaction(db, actor, { ...body, supportEntryId: params.id });
    return { data: entryOut(await getSupportEntrySummary(db, actor, params.id)) };
  },
});

const need = z
  .object({
    id: z.uuid(),
    version: z.int(),
    countryCode: z.string().length(2),
    countryStepId: z.uuid(),
    kind: z.enum(needKinds),
    technicalCategory: z.enum(technicalCategories).nullable(),
    description: z.string(),
    estimateAmount: amount.nullable(),
    estimateCurrency: z.string().length(3).nullable(),
    priority: z.enum(priorities),
    committed: amount.nullable().meta({ description: "Committed by the answering entries in the need's currency (funding needs)." }),
    remaining: amount.nullable().meta({ description: "What the estimate still lacks, never below zero (funding needs)." }),
    answers: z.array(z.object({ supportEntryId: z.uuid(), reference: z.string(), title: z.string(), agencyAcronym: z.string(), agencyShortName: localizedTextResponse })),
  })
  .meta({ id: "Need" });

export const listNeedsEndpoint = defineEndpoint({
  method: "GET",
  path: "/needs",
  operationId: "listNeeds",
  summary: "List countries' support needs",
  description: "Filtered by country, framework step key and kind, paged by id, with the entries that answer each need.",
  tags: ["Support"],
  query: needPageQuerySchema,
  response: pageResponse(need, "NeedPage"),
  handle: async ({ db, actor, query }) => {
    const page = await queryNeeds(db, actor, query);
    return {
      data: page.data.map((row) => ({
        ...row,
        estimateAmount: money(row.estimateAmount),
        committed: money(row.committed),
        remaining: money(row.remaining),
        answers: row.answers.map(({ agencyId: _agencyId, ...answer }) => answer),
      })),
      nextCursor: page.nextCursor,
    };
  },
});
