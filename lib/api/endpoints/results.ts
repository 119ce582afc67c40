/**
 * The results (decision 1900) through the same lib/ functions as the pages: the catalogue, one series across
 * countries, a country's followed indicators, and following, editing, withdrawing and restoring one.
 */
import { sharingLevels } from "@/db/schema/values";
import { editCountryIndicator } from "@/lib/results/edit-country-indicator";
import { followIndicator } from "@/lib/results/follow-indicator";
import { getCountryIndicator, getCountryResults } from "@/lib/results/get-country-results";
import { getIndicatorAcrossCountries } from "@/lib/results/indicator-across-countries";
import { listIndicators } from "@/lib/results/list-indicators";
import { restoreCountryIndicator } from "@/lib/results/restore-country-indicator";
import { withdrawCountryIndicator } from "@/lib/results/withdraw-country-indicator";
import { countryCodeSchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse } from "../schemas";
import { changeOut, changeSchema, countryIndicatorOut, countryIndicatorSchema, indicatorOut, indicatorSchema, resultsTags as tags } from "./results-schemas";

const codeParams = z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "BJ" })) });
const idParams = z.object({ id: z.uuid() });
const versionBody = z.object({ version: z.int().min(1) });
const figure = z.string().meta({ description: "An exact decimal figure as text: digits, an optional minus, up to four decimals.", example: "18.5" });
const ids = (what: string) => z.array(z.uuid()).max(100).optional().meta({ description: `${what} of the same country that it measures.` });

const followFields = {
  baselineValue: figure.optional().meta({ description: "With `baselineYear`, or neither." }),
  baselineYear: z.int().min(1900).max(2100).optional(),
  baselineSource: z.string().optional(),
  targets: z.array(z.object({ year: z.int().min(1900).max(2100), value: figure })).max(30).optional().meta({ description: "One per year." }),
  countryStepIds: ids("Key steps"),
  schemeIds: ids("Schemes"),
  recommendationIds: ids("Recommendations"),
};

export const listIndicatorsEndpoint = defineEndpoint({
  method: "GET",
  path: "/indicators",
  operationId: "listIndicators",
  summary: "List the catalogue of indicators",
  description:
    "The live SDG 1.3.1 series and SPF Flagship results, in catalogue order; with `country`, that country's national indicators too when the caller writes its results. " +
    "`withdrawn=true` lists withdrawn ones instead, to those who may restore them (403 otherwise).",
  tags,
  query: z.object({ country: z.string().optional().meta({ example: "BJ" }), withdrawn: z.enum(["true", "false"]).optional() }),
  response: z.object({ data: z.array(indicatorSchema) }),
  handle: async ({ db, actor, query }) => ({
    data: (await listIndicators(db, actor, { countryCode: query.country, withdrawn: query.withdrawn === "true" })).map(indicatorOut),
  }),
});

const latestCountryValue = z
  .object({
    countryCode: z.string().length(2),
    countryName: localizedTextResponse,
    countryIndicatorId: z.uuid(),
    period: z.string(),
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    value: figure,
    source: z.string(),
    origin: z.enum(["typed", "open_sdg", "ilostat"]),
    obsStatus: z.string().nullable(),
  })
  .meta({ id: "LatestIndicatorValue" });

export const getIndicatorAcrossCountriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/indicators/{code}/countries",
  operationId: "getIndicatorAcrossCountries",
  summary: "One series across countries: each country's latest value",
  description:
    "For an entry of the catalogue (an SDG 1.3.1 series or an SPF Flagship result) by code: each country following it that the caller may read, with its latest accepted total value (by the period's end). By country code. 404 for a code not in the catalogue.",
  tags,
  params: z.object({ code: z.string().min(1).max(40).meta({ example: "SI_COV_BENFTS" }) }),
  response: z.object({
    data: z.object({ indicator: indicatorSchema.pick({ id: true, code: true, name: true, unit: true, direction: true, family: true, sexBreakdown: true, custodian: true }), countries: z.array(latestCountryValue) }),
  }),
  handle: async ({ db, actor, params }) => {
    const { indicator, countries } = await getIndicatorAcrossCountries(db, actor, params.code);
    return { data: { indicator, countries: countries.map(({ region: _region, ...country }) => country) } };
  },
});

export const getCountryResultsEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/results",
  operationId: "getCountryResults",
  summary: "Read a country's results",
  description:
    "Every indicator the country follows that the caller may read (by its sharing level), with its baseline, targets, what it measures, its accepted values and the proposals the caller may see.",
  tags,
  params: codeParams,
  response: z.object({ data: z.object({ countryCode: z.string().length(2), canWrite: z.boolean(), canPropose: z.boolean(), indicators: z.array(countryIndicatorSchema) }) }),
  handle: async ({ db, actor, params }) => {
    const results = await getCountryResults(db, actor, params.code);
    return { data: { ...results, indicators: results.indicators.map(countryIndicatorOut) } };
  },
});

export const followIndicatorEndpoint = defineEndpoint({
  method: "POST",
  path: "/countries/{code}/results",
  operationId: "followIndicator",
  summary: "Follow an indicator in a country",
  description:
    "An indicator of the catalogue, or one of the country's national indicators, with its baseline, targets and what it measures. Needs results.write: the country's working group, or a coordinator. Kept to the country unless `sharingLevel` is `all`.",
  tags,
  params: codeParams,
  body: z.object({ indicatorId: z.uuid(), ...followFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: z.object({ data: changeSchema }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { id, countryCode } = await followIndicator(db, actor, { ...body, countryCode: params.code });
    return changeOut(db, actor, { id, countryCode, version: 1 }, id);
  },
});

export const getCountryIndicatorEndpoint = defineEndpoint({
  method: "GET",
  path: "/country-indicators/{id}",
  operationId: "getCountryIndicator",
  summary: "Read an indicator a country follows",
  description: "With its values. One the caller may not read answers 404, as one that does not exist.",
  tags,
  params: idParams,
  response: z.object({ data: countryIndicatorSchema }),
  handle: async ({ db, actor, params }) => ({ data: countryIndicatorOut(await getCountryIndicator(db, actor, params.id)) }),
});

export const editCountryIndicatorEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/country-indicators/{id}",
  operationId: "editCountryIndicator",
  summary: "Edit a followed indicator's baseline, targets, links or sharing",
  description: "Send every field as it should be, and the version you read: a newer one answers 409 with the followed indicator as it stands. A `sharingLevel` left out stays as it is.",
  tags,
  params: idParams,
  body: z.object({ version: z.int().min(1), ...followFields, sharingLevel: z.enum(sharingLevels).optional() }),
  response: z.object({ data: changeSchema }),
  handle: async ({ db, actor, params, body }) => {
    const change = await editCountryIndicator(db, actor, { ...body, id: params.id });
    return changeOut(db, actor, change, change.id);
  },
});

export const withdrawCountryIndicatorEndpoint = defineEndpoint({
  method: "POST",
  path: "/country-indicators/{id}/withdraw",
  operationId: "withdrawCountryIndicator",
  summary: "Stop following an indicator, with a reason",
  description: "A soft delete: it leaves the results, the views across countries and the exports, keeps its values and history, and can be restored. `countryIndicator` is null in the answer.",
  tags,
  params: idParams,
  body: versionBody.extend({ reason: z.string().min(1) }),
  response: z.object({ data: changeSchema }),
  handle: async ({ db, actor, params, body }) => {
    const change = await withdrawCountryIndicator(db, actor, { ...body, id: params.id });
    return changeOut(db, actor, change, change.id);
  },
});

export const restoreCountryIndicatorEndpoint = defineEndpoint({
  method: "POST",
  path: "/country-indicators/{id}/restore",
  operationId: "restoreCountryIndicator",
  summary: "Follow a withdrawn indicator again",
  description: "Send the version you read: a newer one answers 409. Refused (422) while the country follows the same indicator anew.",
  tags,
  params: idParams,
  body: versionBody,
  response: z.object({ data: changeSchema }),
  handle: async ({ db, actor, params, body }) => {
    const change = await restoreCountryIndicator(db, actor, { ...body, id: params.id });
    return changeOut(db, actor, change, change.id);
  },
});
