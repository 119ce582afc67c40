/**
 * What people type about results (decision 1900): catalogue and national indicators, the indicators a country
 * follows (baseline, targets, links) and their values; shared by the forms, the JSON API, the importers and lib/.
 */
import * as z from "zod/mini";
import { indicatorDirections, indicatorSexes, indicatorUnits, sharingLevels, supportResultTypes } from "@/db/schema/values";
import { checkboxList, localizedTextSchema, versionSchema, webAddressSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { compactAmount, optionalField, textField } from "./support";
import { textSchema } from "./text";
import { withValues } from "./zod";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** The years a baseline, a target or a value may be for. */
export const firstResultYear = 1900;
export const lastResultYear = 2100;

/** A figure of an indicator: an optional minus, digits, up to four decimals (what numeric(20,4) holds); spaces group thousands. */
const figurePattern = /^-?\d{1,16}(\.\d{1,4})?$/;

/** "-007.50" → "-7.5", "0.000" → "0": the one form figures are compared and audited in. */
export function normalizeFigure(figure: string): string {
  const negative = figure.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? figure.slice(1) : figure).split(".", 2);
  const digits = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  const magnitude = decimals ? `${digits}.${decimals}` : digits;
  return negative && magnitude !== "0" ? `-${magnitude}` : magnitude;
}

export const figureSchema = z.pipe(
  z.pipe(z.string(), z.transform(compactAmount)).check(
    z.superRefine((value: string, context) => {
      if (value === "") context.addIssue({ code: "custom", message: "validation.required" });
      else if (!figurePattern.test(value)) context.addIssue({ code: "custom", message: "resultsRules.figure" });
    }),
  ),
  z.transform(normalizeFigure),
);

const yearSchema = z.coerce.number().check(
  z.int({ message: withValues("resultsRules.yearRange", { minimum: firstResultYear, maximum: lastResultYear }) }),
  z.gte(firstResultYear, { message: withValues("resultsRules.yearRange", { minimum: firstResultYear, maximum: lastResultYear }) }),
  z.lte(lastResultYear, { message: withValues("resultsRules.yearRange", { minimum: firstResultYear, maximum: lastResultYear }) }),
);

const checkbox = z._default(z.pipe(z.unknown(), z.transform((value) => value === "on" || value === "true" || value === true)), false);

/** A code as statistics publish it (SI_COV_BENFTS, _L_KZ_010301_1A): letters, digits, _ . -, kept as typed. */
const codeSchema = textSchema(40, 1).check(z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, { message: "resultsRules.code" }));

const indicatorShape = {
  code: codeSchema,
  name: localizedTextSchema(300),
  unit: z.enum(indicatorUnits),
  direction: z._default(z.enum(indicatorDirections), "higher_is_better"),
  sexBreakdown: checkbox,
  custodian: textField(200),
};

/** A coordinator's entry of the catalogue: an SDG 1.3.1 series or an SPF Flagship result. */
export const addCatalogueIndicatorSchema = z.object({ family: z.enum(["sdg_1_3_1", "spf_flagship"]), ...indicatorShape });
export type AddCatalogueIndicatorInput = z.input<typeof addCatalogueIndicatorSchema>;

/** A working group's own indicator, for its country. */
export const addNationalIndicatorSchema = z.object({ countryCode: countryCodeSchema, ...indicatorShape });
export type AddNationalIndicatorInput = z.input<typeof addNationalIndicatorSchema>;

/** Every field of an indicator as it should be, and the version the edit started from (its family and country stay). */
export const editIndicatorSchema = z.object({ id: uuidSchema, version: versionSchema, ...indicatorShape });
export type EditIndicatorInput = z.input<typeof editIndicatorSchema>;
export type IndicatorFields = Omit<z.output<typeof editIndicatorSchema>, "id" | "version">;

export const withdrawRecordSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type WithdrawRecordInput = z.input<typeof withdrawRecordSchema>;

export const restoreRecordSchema = z.object({ id: uuidSchema, version: versionSchema });
export type RestoreRecordInput = z.input<typeof restoreRecordSchema>;

/** A row of the targets: both blank is no row; one without the other says what is missing. */
const targetRow = z.object({ year: z.optional(z.unknown()), value: z.optional(z.unknown()) });
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** The targets in year order, one per year; rows left blank are dropped. */
const targetsSchema = z.pipe(
  z.pipe(
    z._default(z.array(targetRow).check(z.maxLength(60)), []),
    z.transform((rows: { year?: unknown; value?: unknown }[]) => rows.filter((row) => !(isBlank(row.year) && isBlank(row.value)))),
  ),
  z
    .array(z.object({ year: yearSchema, value: figureSchema }))
    .check(
      z.maxLength(30),
      z.superRefine((targets: { year: number; value: string }[], context) => {
        targets.forEach((target, index) => {
          if (targets.findIndex((other) => other.year === target.year) !== index) {
            context.addIssue({ code: "custom", path: [index, "year"], message: "resultsRules.targetYearTwice" });
          }
        });
      }),
    ),
);

const idList = checkboxList(uuidSchema, 100);

const followShape = {
  baselineValue: optionalField(figureSchema),
  baselineYear: optionalField(yearSchema),
  baselineSource: textField(500),
  targets: targetsSchema,
  /** What the indicator measures: key steps, schemes and recommendations of the same country. */
  countryStepIds: idList,
  schemeIds: idList,
  recommendationIds: idList,
};

/** A baseline is a value and its year, or neither; the targets are kept in year order. */
const followRules = z.superRefine((input: { baselineValue?: string; baselineYear?: number }, context) => {
  if (input.baselineValue !== undefined && input.baselineYear === undefined) {
    context.addIssue({ code: "custom", path: ["baselineYear"], message: "resultsRules.baselineNeedsYear" });
  }
  if (input.baselineValue === undefined && input.baselineYear !== undefined) {
    context.addIssue({ code: "custom", path: ["baselineValue"], message: "resultsRules.baselineNeedsValue" });
  }
});

export const followIndicatorSchema = z
  .object({ countryCode: countryCodeSchema, indicatorId: uuidSchema, ...followShape, sharingLevel: z._default(z.enum(sharingLevels), "country") })
  .check(followRules);
export type FollowIndicatorInput = z.input<typeof followIndicatorSchema>;
export type FollowIndicatorValues = z.output<typeof followIndicatorSchema>;

/** Every field as it should be; a sharing level left out stays as it is. */
export const editCountryIndicatorSchema = z
  .object({ id: uuidSchema, version: versionSchema, ...followShape, sharingLevel: optionalField(z.enum(sharingLevels)) })
  .check(followRules);
export type EditCountryIndicatorInput = z.input<typeof editCountryIndicatorSchema>;
export type CountryIndicatorFields = Omit<z.output<typeof editCountryIndicatorSchema>, "id" | "version" | "sharingLevel">;

const isoDate = z.iso.date();
const pad = (year: number) => String(year).padStart(4, "0");

/**
 * The first and last day of a period its label names: a year ("2020") or a span of two years as statistics offices
 * write fiscal years ("2016/17", "2016/2017", "2016-17"), taken whole, since where a fiscal year starts differs by
 * country. Null for any other label: its dates must then be given.
 */
export function periodOfLabel(label: string): { periodStart: string; periodEnd: string } | null {
  const year = /^(\d{4})$/.exec(label);
  if (year) return { periodStart: `${year[1]}-01-01`, periodEnd: `${year[1]}-12-31` };
  const span = /^(\d{4})[/-](\d{2}|\d{4})$/.exec(label);
  if (!span) return null;
  const first = Number(span[1]);
  // "1999/00": two digits are the year after the first, across a century too.
  const second = span[2]!.length === 2 ? first + ((Number(span[2]) - (first % 100) + 100) % 100) : Number(span[2]);
  if (second !== first + 1) return null;
  return { periodStart: `${pad(first)}-01-01`, periodEnd: `${pad(second)}-12-31` };
}

const valueShape = {
  period: textSchema(30, 1),
  periodStart: optionalField(isoDate),
  periodEnd: optionalField(isoDate),
  sex: z._default(z.enum(indicatorSexes), "total"),
  value: figureSchema,
  source: textField(500),
  note: textField(2000),
  evidenceUrl: optionalField(z.pipe(textSchema(2000), webAddressSchema)),
};

type PeriodInput = { period: string; periodStart?: string; periodEnd?: string };

/** The dates given, or those the label names; null when neither. */
function datesOf(input: PeriodInput): { periodStart: string; periodEnd: string } | null {
  return input.periodStart && input.periodEnd ? { periodStart: input.periodStart, periodEnd: input.periodEnd } : periodOfLabel(input.period);
}

/** Dates from the label when it names a year or a fiscal year, else as given; the end not before the start. */
const periodRule = z.superRefine((input: PeriodInput, context) => {
  const dates = datesOf(input);
  if (!dates) context.addIssue({ code: "custom", path: ["periodStart"], message: "resultsRules.periodDatesRequired" });
  else if (dates.periodEnd < dates.periodStart) context.addIssue({ code: "custom", path: ["periodEnd"], message: "validation.endBeforeStart" });
});

const recordValueObject = z.object({ countryIndicatorId: uuidSchema, ...valueShape }).check(periodRule);
const editValueObject = z.object({ id: uuidSchema, version: versionSchema, ...valueShape }).check(periodRule);

/** A value a member records, or an adviser proposes, for an indicator the country follows. */
export const recordValueSchema = z.pipe(
  recordValueObject,
  z.transform((input: z.output<typeof recordValueObject>) => ({ ...input, ...datesOf(input)! })),
);
export type RecordValueInput = z.input<typeof recordValueSchema>;
export type RecordValueValues = z.output<typeof recordValueSchema>;

export const editValueSchema = z.pipe(editValueObject, z.transform((input: z.output<typeof editValueObject>) => ({ ...input, ...datesOf(input)! })));
export type EditValueInput = z.input<typeof editValueSchema>;
/** A value's fields as lib/ writes them; an importer leaves out the evidence link its file does not have. */
export type ValueFields = Omit<RecordValueValues, "countryIndicatorId" | "evidenceUrl"> & { evidenceUrl?: string };

/** Accepting a proposal names the version seen; declining it says why. */
export const acceptProposalSchema = z.object({ id: uuidSchema, version: versionSchema });
export type AcceptProposalInput = z.input<typeof acceptProposalSchema>;
export const declineProposalSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type DeclineProposalInput = z.input<typeof declineProposalSchema>;

/** A support entry linked to an indicator its country follows, with what its work does for it (IATI's result type). */
export const linkSupportEntryIndicatorSchema = z.object({
  supportEntryId: uuidSchema,
  countryIndicatorId: uuidSchema,
  resultType: z._default(z.enum(supportResultTypes), "outcome"),
});
export type LinkSupportEntryIndicatorInput = z.input<typeof linkSupportEntryIndicatorSchema>;
export const unlinkSupportEntryIndicatorSchema = z.object({ supportEntryId: uuidSchema, countryIndicatorId: uuidSchema });
