/**
 * What people type about exchange rates and the reporting currency (decision 2100): the settings, a rate entered by
 * hand, its correction and withdrawal, and the list's filters; shared by the forms, the JSON API, the import and lib/.
 */
import * as z from "zod/mini";
import { exchangeRatePeriods } from "@/db/schema/values";
import { versionSchema } from "./common";
import { currencySchema, isoDateSchema, optionalField } from "./support";
import { textSchema } from "./text";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** The most days after its period's end a rate may still convert an amount: ten years. */
export const maxRateAgeDays = 3660;

export const fundingSettingsSchema = z.object({
  reportingCurrency: currencySchema,
  rateMaxAgeDays: z.coerce.number().check(z.int(), z.gte(0), z.lte(maxRateAgeDays)),
  version: versionSchema,
});
export type FundingSettingsInput = z.input<typeof fundingSettingsSchema>;

/** Up to 20 digits, an optional point and up to 10 decimals, more than zero: what numeric(30,10) holds. */
const ratePattern = /^\d{1,20}(\.\d{1,10})?$/;

/** "0064.5000" → "64.5": the one form rates are compared and audited in. */
export function normalizeRate(rate: string): string {
  const [whole = "0", fraction = ""] = rate.split(".", 2);
  const digits = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${digits}.${decimals}` : digits;
}

export const rateSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => value.trim().replace(/[\s\u00a0\u202f_]/g, "")),
  ),
  z.pipe(
    z.string().check(
      z.refine((value) => value !== "", { message: "validation.required" }),
      z.refine((value) => value === "" || (ratePattern.test(value) && /[1-9]/.test(value)), { message: "exchangeRates.rules.rate" }),
    ),
    z.transform(normalizeRate),
  ),
);

/** Whether a date is the first day of a period of that kind (a month's 1st, a year's 1 January; any day for a day). */
export function startsPeriod(period: (typeof exchangeRatePeriods)[number], date: string): boolean {
  if (period === "month") return date.endsWith("-01");
  if (period === "year") return date.slice(5) === "01-01";
  return true;
}

const rateKeyShape = {
  currency: currencySchema,
  baseCurrency: currencySchema,
  period: z.enum(exchangeRatePeriods),
  periodStart: isoDateSchema,
};

export const rateSourceSchema = textSchema(300, 1);

/** A rate's key and figure, checked across fields: two different currencies, a start that is its period's first day. */
export const exchangeRateSchema = z
  .object({ ...rateKeyShape, rate: rateSchema, source: rateSourceSchema })
  .check(
    z.superRefine((rate, context) => {
      if (rate.currency === rate.baseCurrency) context.addIssue({ code: "custom", path: ["currency"], message: "exchangeRates.rules.sameCurrency" });
      if (!startsPeriod(rate.period, rate.periodStart)) context.addIssue({ code: "custom", path: ["periodStart"], message: `exchangeRates.rules.periodStart.${rate.period}` });
    }),
  );
export type ExchangeRateInput = z.input<typeof exchangeRateSchema>;
export type ExchangeRateFields = z.output<typeof exchangeRateSchema>;

/** A correction changes the figure and its source; a different currency, period or start is another rate. */
export const editExchangeRateSchema = z.object({ id: uuidSchema, version: versionSchema, rate: rateSchema, source: rateSourceSchema });
export const withdrawExchangeRateSchema = z.object({ id: uuidSchema, version: versionSchema });
export const restoreExchangeRateSchema = z.object({ id: uuidSchema, version: versionSchema });

export const exchangeRatePageSize = 50;

/** The list's filters: one currency, withdrawn rates or live ones, and a page (bounded). */
export const exchangeRateListSchema = z.object({
  currency: optionalField(currencySchema),
  withdrawn: z.optional(z.boolean()),
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10000)), 1),
});
export type ExchangeRateListInput = z.input<typeof exchangeRateListSchema>;
