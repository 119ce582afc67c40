/**
 * What people type about the schemes of a country's inventory; shared by the forms, the JSON API and lib/.
 * Rules across fields (dates, money, a discontinued scheme's end) say what is wrong with `schemeRules.*` keys.
 */
import * as z from "zod/mini";
import type { $RefinementCtx } from "zod/v4/core";
import {
  benefitForms,
  benefitFrequencies,
  financingSources,
  guarantees,
  schemeContributions,
  schemeKinds,
  schemeStatuses,
  sharingLevels,
} from "@/db/schema/values";
import { checkboxList, versionSchema, webAddressSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { amountSchema, currencySchema, isoDateSchema, optionalField, textField } from "./support";
import { textSchema } from "./text";
import { withValues } from "./zod";

/** The first year a figure may be for; the last is next year (a budget voted for it). */
export const firstFigureYear = 1900;
const lastFigureYear = () => new Date().getUTCFullYear() + 1;

/** Persons counted by a scheme: whole, not negative, within what the column holds; spaces may group thousands. */
const personCount = z.pipe(
  z.transform((value: unknown): unknown => (typeof value === "string" ? value.replace(/[\s\u00a0\u202f_]/g, "") : value)),
  z.coerce.number().check(z.int(), z.gte(0), z.lte(2_000_000_000)),
);

const year = z.coerce.number().check(
  z.int(),
  z.superRefine((value: number, context) => {
    const maximum = lastFigureYear();
    if (value < firstFigureYear || value > maximum) {
      context.addIssue({ code: "custom", message: withValues("schemeRules.yearRange", { minimum: firstFigureYear, maximum }) });
    }
  }),
);

/** Ticked boxes of one list, each at most once. */
const choices = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.pipe(
    checkboxList(z.enum(values), values.length * 2),
    z.transform((ticked: Values[number][]) => values.filter((value) => ticked.includes(value)) as Values[number][]),
  );

const uuidSchema = z.uuid({ message: "validation.invalid" });

const schemeShape = {
  nationalName: textSchema(300, 1),
  englishName: textField(300),
  guarantees: choices(guarantees),
  contribution: optionalField(z.enum(schemeContributions)),
  kind: optionalField(z.enum(schemeKinds)),
  legalBasis: textField(2000),
  legalBasisUrl: optionalField(z.pipe(textSchema(2000), webAddressSchema)),
  institution: textField(300),
  targetGroup: textField(1000),
  eligibility: textField(2000),
  benefitForm: optionalField(z.enum(benefitForms)),
  benefitAmount: optionalField(amountSchema({ positive: false })),
  benefitCurrency: optionalField(currencySchema),
  benefitFrequency: optionalField(z.enum(benefitFrequencies)),
  status: z.enum(schemeStatuses),
  startedOn: optionalField(isoDateSchema),
  endedOn: optionalField(isoDateSchema),
  legalCoverage: optionalField(personCount),
  effectiveCoverage: optionalField(personCount),
  coverageYear: optionalField(year),
  coverageSource: textField(500),
  expenditureAmount: optionalField(amountSchema({ positive: false })),
  expenditureCurrency: optionalField(currencySchema),
  expenditureYear: optionalField(year),
  expenditureSource: textField(500),
  financing: choices(financingSources),
};

type CheckedFields = {
  guarantees: readonly string[];
  status: (typeof schemeStatuses)[number];
  startedOn?: string;
  endedOn?: string;
  benefitAmount?: string;
  benefitCurrency?: string;
  expenditureAmount?: string;
  expenditureCurrency?: string;
};

/** Rules across fields, reported on the field to correct. */
function checkScheme(scheme: CheckedFields, context: $RefinementCtx) {
  const report = (field: keyof CheckedFields, message: Parameters<typeof withValues>[0]) => context.addIssue({ code: "custom", path: [field], message });
  if (scheme.guarantees.length === 0) report("guarantees", "schemeRules.guaranteeRequired");
  if (scheme.startedOn && scheme.endedOn && scheme.endedOn < scheme.startedOn) report("endedOn", "schemeRules.endBeforeStart");
  if (scheme.status === "discontinued" && !scheme.endedOn) report("endedOn", "schemeRules.discontinuedNeedsEnd");
  if (scheme.benefitAmount && !scheme.benefitCurrency) report("benefitCurrency", "schemeRules.amountNeedsCurrency");
  if (scheme.expenditureAmount && !scheme.expenditureCurrency) report("expenditureCurrency", "schemeRules.amountNeedsCurrency");
}

const checked = z.superRefine((scheme: CheckedFields, context) => checkScheme(scheme, context));

export const addSchemeSchema = z
  .object({ countryCode: countryCodeSchema, ...schemeShape, sharingLevel: z._default(z.enum(sharingLevels), "country") })
  .check(checked);
export type AddSchemeInput = z.input<typeof addSchemeSchema>;
export type AddSchemeValues = z.output<typeof addSchemeSchema>;

/** Every field as it should be, and the version the edit started from; a sharing level left out stays as it is. */
export const editSchemeSchema = z
  .object({ id: uuidSchema, version: versionSchema, ...schemeShape, sharingLevel: optionalField(z.enum(sharingLevels)) })
  .check(checked);
export type EditSchemeInput = z.input<typeof editSchemeSchema>;
export type EditSchemeValues = z.output<typeof editSchemeSchema>;
export type SchemeFields = Omit<z.output<typeof editSchemeSchema>, "id" | "version" | "sharingLevel">;

export const withdrawSchemeSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type WithdrawSchemeInput = z.input<typeof withdrawSchemeSchema>;

export const restoreSchemeSchema = z.object({ id: uuidSchema, version: versionSchema });
export type RestoreSchemeInput = z.input<typeof restoreSchemeSchema>;

/** The inventory's filters, from a URL or the API: a malformed value is ignored rather than failing the page. */
const filter = <Schema extends z.ZodMiniType>(schema: Schema) => z.catch(optionalField(schema), undefined);

export const schemeListQuery = z.object({
  guarantee: filter(z.enum(guarantees)),
  status: filter(z.enum(schemeStatuses)),
});
export type SchemeListQuery = z.output<typeof schemeListQuery>;
