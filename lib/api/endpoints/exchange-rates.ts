/**
 * Exchange rates and the funding settings over /api/v1 (decision 2100): the rate table listed, one rate read, added,
 * corrected, withdrawn and restored, and the reporting currency read and set, through the same lib/ functions as the pages.
 */
import { exchangeRatePeriods } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addExchangeRate } from "@/lib/funding/rates/add-exchange-rate";
import { editExchangeRate } from "@/lib/funding/rates/edit-exchange-rate";
import { getExchangeRate, listExchangeRates } from "@/lib/funding/rates/list-exchange-rates";
import type { ExchangeRateView } from "@/lib/funding/rates/rate-records";
import { restoreExchangeRate, withdrawExchangeRate } from "@/lib/funding/rates/withdraw-exchange-rate";
import { getFundingSettings, updateFundingSettings } from "@/lib/funding/settings";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { timestamp } from "../schemas";

const currencyCode = z.string().meta({ description: "ISO 4217, such as MZN.", example: "MZN" });
const rateFigure = z.string().meta({ description: "Units of `currency` per one unit of `baseCurrency`, exact decimal text (at most 10 decimals).", example: "63.9" });

const exchangeRate = z
  .object({
    id: z.uuid(),
    currency: currencyCode,
    baseCurrency: currencyCode,
    period: z.enum(exchangeRatePeriods).meta({ description: "A day's rate, or a month's or a year's average (the IMF's annual table)." }),
    periodStart: z.iso.date().meta({ description: "The period's first day." }),
    rate: rateFigure,
    source: z.string(),
    importId: z.uuid().nullable().meta({ description: "The rate table import that brought or last changed it." }),
    withdrawn: z.boolean(),
    version: z.int().meta({ description: "Send it back when editing, withdrawing or restoring: a stale version is refused with 409." }),
    updatedAt: timestamp,
  })
  .meta({ id: "ExchangeRate" });

const rateOut = (rate: ExchangeRateView) => ({ ...rate, updatedAt: rate.updatedAt.toISOString() });
const rateById = async (db: Database, actor: Actor, id: string) => ({ data: rateOut(await getExchangeRate(db, actor, id)) });

const idParams = z.object({ id: z.uuid() });
const versionBody = z.object({ version: z.int().min(1) });

export const listExchangeRatesEndpoint = defineEndpoint({
  method: "GET",
  path: "/exchange-rates",
  operationId: "listExchangeRates",
  summary: "List exchange rates",
  description: "The rate table by currency, newest period first, 50 a page; live rates unless `withdrawn=true`. Any signed-in caller reads it.",
  tags: ["Funding"],
  query: z.object({
    currency: currencyCode.optional(),
    withdrawn: z.enum(["true", "false"]).optional(),
    page: z.string().optional().meta({ description: "From 1 to 10000.", example: "1" }),
  }),
  response: z.object({ data: z.array(exchangeRate), page: z.int(), pageCount: z.int(), total: z.int() }).meta({ id: "ExchangeRatePage" }),
  handle: async ({ db, actor, query }) => {
    const listed = await listExchangeRates(db, actor, { currency: query.currency, withdrawn: query.withdrawn === "true", page: query.page });
    return { data: listed.rows.map(rateOut), page: listed.page, pageCount: listed.pageCount, total: listed.total };
  },
});

export const addExchangeRateEndpoint = defineEndpoint({
  method: "POST",
  path: "/exchange-rates",
  operationId: "addExchangeRate",
  summary: "Add an exchange rate",
  description: "Needs exchangeRate.manage (coordinators). A live rate with the same currency, base, period and start answers 409 with that rate.",
  tags: ["Funding"],
  body: z.object({
    currency: currencyCode,
    baseCurrency: currencyCode.meta({ description: "The reporting currency, for the rate to convert amounts." }),
    period: z.enum(exchangeRatePeriods),
    periodStart: z.iso.date().meta({ description: "The period's first day: the 1st of a month, 1 January of a year." }),
    rate: rateFigure,
    source: z.string().min(1),
  }),
  response: z.object({ data: exchangeRate }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, body }) => rateById(db, actor, (await addExchangeRate(db, actor, body)).id),
});

export const getExchangeRateEndpoint = defineEndpoint({
  method: "GET",
  path: "/exchange-rates/{id}",
  operationId: "getExchangeRate",
  summary: "Read an exchange rate",
  tags: ["Funding"],
  params: idParams,
  response: z.object({ data: exchangeRate }),
  handle: async ({ db, actor, params }) => rateById(db, actor, params.id),
});

export const editExchangeRateEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/exchange-rates/{id}",
  operationId: "editExchangeRate",
  summary: "Correct an exchange rate",
  description: "Changes the figure and its source; send the version you read (a newer one answers 409 with the rate as it stands). Another currency, period or start is another rate.",
  tags: ["Funding"],
  params: idParams,
  body: versionBody.extend({ rate: rateFigure, source: z.string().min(1) }),
  response: z.object({ data: exchangeRate }),
  handle: async ({ db, actor, params, body }) => {
    await editExchangeRate(db, actor, { ...body, id: params.id });
    return rateById(db, actor, params.id);
  },
});

export const withdrawExchangeRateEndpoint = defineEndpoint({
  method: "POST",
  path: "/exchange-rates/{id}/withdraw",
  operationId: "withdrawExchangeRate",
  summary: "Withdraw an exchange rate",
  description: "A soft delete: the rate converts nothing from then on, keeps its history, and can be restored.",
  tags: ["Funding"],
  params: idParams,
  body: versionBody,
  response: z.object({ data: exchangeRate }),
  handle: async ({ db, actor, params, body }) => {
    await withdrawExchangeRate(db, actor, { ...body, id: params.id });
    return rateById(db, actor, params.id);
  },
});

export const restoreExchangeRateEndpoint = defineEndpoint({
  method: "POST",
  path: "/exchange-rates/{id}/restore",
  operationId: "restoreExchangeRate",
  summary: "Restore a withdrawn exchange rate",
  description: "Answers 409 with the live rate when one has taken the same currency, base, period and start since.",
  tags: ["Funding"],
  params: idParams,
  body: versionBody,
  response: z.object({ data: exchangeRate }),
  handle: async ({ db, actor, params, body }) => {
    await restoreExchangeRate(db, actor, { ...body, id: params.id });
    return rateById(db, actor, params.id);
  },
});

const fundingSettings = z
  .object({
    reportingCurrency: currencyCode.meta({ description: "ISO 4217 code every amount is also shown in.", example: "USD" }),
    rateMaxAgeDays: z.int().min(0).max(3660).meta({ description: "How many days after its period ends a rate may still convert an amount." }),
    version: z.int(),
  })
  .meta({ id: "FundingSettings" });

export const getFundingSettingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/funding-settings",
  operationId: "getFundingSettings",
  summary: "Read the reporting currency and the rates' maximum age",
  tags: ["Funding"],
  response: z.object({ data: fundingSettings }),
  handle: async ({ db }) => ({ data: await getFundingSettings(db) }),
});

export const updateFundingSettingsEndpoint = defineEndpoint({
  method: "PUT",
  path: "/funding-settings",
  operationId: "updateFundingSettings",
  summary: "Set the reporting currency and the rates' maximum age",
  description: "Needs settings.manage (coordinators). Send the version you read: a newer one answers 409 with the settings as they stand.",
  tags: ["Funding"],
  body: fundingSettings,
  response: z.object({ data: fundingSettings }),
  handle: async ({ db, actor, body }) => ({ data: await updateFundingSettings(db, actor, body) }),
});
