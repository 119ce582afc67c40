/** The scheme inventory's endpoints: a country's schemes listed and added, one scheme read, edited, withdrawn and restored, through the same lib/ functions as the pages. */
import { benefitForms, benefitFrequencies, financingSources, guarantees, schemeContributions, schemeKinds, schemeStatuses, sharingLevels } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { editScheme } from "@/lib/assessment/edit-scheme";
import { getScheme, listSchemes, type SchemeView } from "@/lib/assessment/list-schemes";
import { restoreScheme } from "@/lib/assessment/restore-scheme";
import { withdrawScheme } from "@/lib/assessment/withdraw-scheme";
import { normalizeAmount } from "@/lib/support/money";
import { schemeQuerySchema } from "@/lib/validation/api-queries";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, timestamp } from "../schemas";

const amount = z.string().meta({ description: "An exact decimal amount, as text (never a float).", example: "1250.50" });
const currency = z.string().meta({ description: "ISO 4217, such as MZN; required with its amount.", example: "MZN" });
const year = z.int().meta({ description: "From 1900 to next year." });
const persons = z.int().min(0).meta({ description: "A number of persons." });

const scheme = z
  .object({
    id: z.uuid(),
    countryCode: z.string().length(2),
    nationalName: z.string(),
    englishName: z.string(),
    guarantees: z.array(z.enum(guarantees)).meta({ description: "The guarantees of the floor it serves (Recommendation 202, paragraph 5)." }),
    contribution: z.enum(schemeContributions).nullable(),
    kind: z.enum(schemeKinds).nullable(),
    legalBasis: z.string(),
    legalBasisUrl: z.string().nullable(),
    institution: z.string(),
    targetGroup: z.string(),
    eligibility: z.string(),
    benefitForm: z.enum(benefitForms).nullable(),
    benefitAmount: amount.nullable(),
    benefitCurrency: z.string().length(3).nullable(),
    benefitFrequency: z.enum(benefitFrequencies).nullable(),
    status: z.enum(schemeStatuses),
    startedOn: z.iso.date().nullable(),
    endedOn: z.iso.date().nullable(),
    legalCoverage: persons.nullable().meta({ description: "Persons legally covered." }),
    effectiveCoverage: persons.nullable().meta({ description: "Beneficiaries in fact." }),
    coverageYear: z.int().nullable(),
    coverageSource: z.string(),
    expenditureAmount: amount.nullable(),
    expenditureCurrency: z.string().length(3).nullable(),
    expenditureYear: z.int().nullable(),
    expenditureSource: z.string(),
    financing: z.array(z.enum(financingSources)),
    sharingLevel: z.enum(sharingLevels).meta({ description: "`country`: read by the country's working group and coordinators; `all`: by everyone signed in." }),
    withdrawnAt: timestamp.nullable(),
    withdrawalReason: z.string().nullable(),
    version: z.int().meta({ description: "Send it back when editing, withdrawing or restoring: a stale version is refused with 409." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Scheme" });

const money = (value: string | null) => (value === null ? null : normalizeAmount(value));

function schemeOut(row: SchemeView) {
  const { deletedAt, deletedById: _deletedById, createdById: _createdById, ...rest } = row;
  return {
    ...rest,
    benefitAmount: money(row.benefitAmount),
    expenditureAmount: money(row.expenditureAmount),
    withdrawnAt: isoTimestamp(deletedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function schemeById(db: Database, actor: Actor, id: string) {
  return { data: schemeOut(await getScheme(db, actor, id)) };
}

const codeParams = z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "MZ" })) });
const idParams = z.object({ id: z.uuid() });

const schemeFields = {
  nationalName: z.string().min(1).meta({ description: "The scheme's name in the country's language.", example: "Programa Subsídio Social Básico" }),
  englishName: z.string().optional(),
  guarantees: z.array(z.enum(guarantees)).min(1),
  contribution: z.enum(schemeContributions).optional(),
  kind: z.enum(schemeKinds).optional(),
  legalBasis: z.string().optional(),
  legalBasisUrl: z.string().optional().meta({ description: "An http or https address of the legal text." }),
  institution: z.string().optional(),
  targetGroup: z.string().optional(),
  eligibility: z.string().optional(),
  benefitForm: z.enum(benefitForms).optional(),
  benefitAmount: amount.optional(),
  benefitCurrency: currency.optional(),
  benefitFrequency: z.enum(benefitFrequencies).optional(),
  status: z.enum(schemeStatuses),
  startedOn: z.iso.date().optional(),
  endedOn: z.iso.date().optional().meta({ description: "Required for a discontinued scheme; not before `startedOn`." }),
  legalCoverage: persons.optional(),
  effectiveCoverage: persons.optional(),
  coverageYear: year.optional(),
  coverageSource: z.string().optional(),
  expenditureAmount: amount.optional(),
  expenditureCurrency: currency.optional(),
  expenditureYear: year.optional(),
  expenditureSource: z.string().optional(),
  financing: z.array(z.enum(financingSources)).optional(),
};

const versionBody = z.object({ version: z.int().min(1) });

export const listSchemesEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/schemes",
  operationId: "listCountrySchemes",
  summary: "List a country's schemes",
  description: "The country's inventory of social protection schemes that the caller may read (by the sharing level), by national name; filtered by guarantee and status.",
  tags: ["Assessment"],
  params: codeParams,
  query: schemeQuerySchema,
  response: z.object({ data: z.array(scheme) }),
  handle: async ({ db, actor, params, query }) => {
    const rows = await listSchemes(db, actor, params.code, { guarantee: query.guarantee, status: query.status, withdrawn: query.withdrawn === "true" });
    return { data: rows.map(schemeOut) };
  },
});

export const addSchemeEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/schemes",
  operationId: "addScheme",
  summary: "Add a scheme to a country's inventory",
  description: "Needs scheme.write: the country's working group, or a coordinator. Kept to the country unless `sharingLevel` is `all`.",
  tags: ["Assessment"],
  params: codeParams,
  body: z.object({ ...schemeFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: z.object({ data: scheme }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { id } = await addScheme(db, actor, { ...body, countryCode: params.code });
    return schemeById(db, actor, id);
  },
});

export const getSchemeEndpoint = defineEndpoint({
  method: "GET",
  path: "/schemes/{id}",
  operationId: "getScheme",
  summary: "Read a scheme",
  description: "A scheme the caller may not read answers 404, as one that does not exist.",
  tags: ["Assessment"],
  params: idParams,
  response: z.object({ data: scheme }),
  handle: async ({ db, actor, params }) => schemeById(db, actor, params.id),
});

export const editSchemeEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/schemes/{id}",
  operationId: "editScheme",
  summary: "Edit a scheme",
  description: "Send every field as it should be, and the version you read: a newer one answers 409 with the scheme as it stands. A `sharingLevel` left out stays as it is.",
  tags: ["Assessment"],
  params: idParams,
  body: z.object({ version: z.int().min(1), ...schemeFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: z.object({ data: scheme }),
  handle: async ({ db, actor, params, body }) => {
    await editScheme(db, actor, { ...body, id: params.id });
    return schemeById(db, actor, params.id);
  },
});

export const withdrawSchemeEndpoint = defineEndpoint({
  method: "POST",
  path: "/schemes/{id}/withdraw",
  operationId: "withdrawScheme",
  summary: "Withdraw a scheme, with a reason",
  description: "A soft delete: the scheme leaves the inventory, exports and search, keeps its history, and can be restored.",
  tags: ["Assessment"],
  params: idParams,
  body: versionBody.extend({ reason: z.string().min(1) }),
  response: z.object({ data: scheme }),
  handle: async ({ db, actor, params, body }) => {
    await withdrawScheme(db, actor, { ...body, id: params.id });
    return schemeById(db, actor, params.id);
  },
});

export const restoreSchemeEndpoint = defineEndpoint({
  method: "POST",
  path: "/schemes/{id}/restore",
  operationId: "restoreScheme",
  summary: "Restore a withdrawn scheme",
  description: "Send the version you read: a newer one answers 409 with the scheme as it stands. Restoring a scheme that is not withdrawn changes nothing.",
  tags: ["Assessment"],
  params: idParams,
  body: versionBody,
  response: z.object({ data: scheme }),
  handle: async ({ db, actor, params, body }) => {
    await restoreScheme(db, actor, { ...body, id: params.id });
    return schemeById(db, actor, params.id);
  },
});
