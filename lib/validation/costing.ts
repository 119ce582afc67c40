/**
 * What people type about a country's costing (key step 6); shared by the forms, the JSON API and lib/. Rules across
 * fields speak with `costingRules.*` keys. Scenario, package and financing inputs join this file as they are built.
 */
import * as z from "zod/mini";
import { sharingLevels } from "@/db/schema/values";
import { Decimal, figureText } from "@/lib/costing/decimal";
import { maxHorizonYears } from "@/lib/costing/prepared-inputs";
import { maxPopulationAge } from "@/lib/costing/types";
import { blankAsNull, keptEntries, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { amountSchema, currencySchema, textField } from "./support";

/** The first and last years a costing may start: its figures are projections, a few years back or ahead. */
export const firstBaseYear = 1990;
export const lastBaseYear = () => new Date().getUTCFullYear() + 5;

const year = z.coerce.number().check(z.int({ message: "costingRules.yearWhole" }));

/** The costing's frame: base year, horizon, currency; the version seen, or 0 before there is a costing. */
export const costingFrameSchema = z
  .object({
    countryCode: countryCodeSchema,
    version: z.coerce.number().check(z.int(), z.gte(0)),
    baseYear: year,
    horizonYear: year,
    currency: currencySchema,
    populationSource: textField(500),
  })
  .check(
    z.superRefine((frame, context) => {
      if (frame.baseYear < firstBaseYear || frame.baseYear > lastBaseYear()) {
        context.addIssue({ code: "custom", path: ["baseYear"], message: "costingRules.baseYearRange" });
      }
      if (frame.horizonYear < frame.baseYear || frame.horizonYear - frame.baseYear > maxHorizonYears) {
        context.addIssue({ code: "custom", path: ["horizonYear"], message: "costingRules.horizonRange" });
      }
    }),
  );
export type CostingFrameInput = z.input<typeof costingFrameSchema>;

export const shareCostingSchema = z.object({ countryCode: countryCodeSchema, version: versionSchema, sharingLevel: z.enum(sharingLevels) });
export type ShareCostingInput = z.input<typeof shareCostingSchema>;

/**
 * A list from a request, read only up to one entry more than `maximum` (decision 1190), so that the length check
 * refuses it whatever length it claimed, before its entries are parsed.
 */
const boundedList = <Item extends z.ZodMiniType>(item: Item, maximum: number, minimum = 1) =>
  z.pipe(
    z.transform((value: unknown): unknown => (Array.isArray(value) ? keptEntries(value, maximum, () => false) : value)),
    z.array(item).check(z.minLength(minimum), z.maxLength(maximum)),
  );

/** A year's figures the model reads: every year of the longest frame in one change. */
export const maxYearsPerChange = maxHorizonYears + 1;

/** Signed, up to four digits and four decimals: a percentage from −99.9999 to 1000. */
const inflationPattern = /^-?\d{1,4}(\.\d{1,4})?$/;

/**
 * Inflation as people type it: a percentage ("3.5", "3,5", "3.5 %", "-0.8"; a number from the JSON API), stored as
 * the rate the model and the column take ("0.035"), exactly. Above −100 % (prices do not fall to nothing), at most
 * 1000 % (beyond, a figure was surely typed as something else). A percentage can only hold a decimal comma.
 */
const typedPercentage = z.pipe(
  z.pipe(
    z.transform((value: unknown): unknown => (typeof value === "number" ? String(value) : value)),
    z.string().check(z.trim()),
  ),
  z.pipe(
    z.transform((text: string) => text.replace(/\s*%$/, "").replace(",", ".").replace(/^\u2212/, "-")),
    z.string().check(z.refine((text) => inflationPattern.test(text) && new Decimal(text).gt(-100) && new Decimal(text).lte(1000), { message: "costingRules.inflation" })),
  ),
);
// The transform is reached only by a percentage the checks accepted.
export const inflationSchema = z.pipe(typedPercentage, z.transform((percentage: string) => figureText(new Decimal(percentage).dividedBy(100))));

const source = () => textField(500);

/** One year's figures: each may be left blank (not known), each with its source. Amounts as the app types them. */
const yearFiguresShape = z.object({
  year,
  gdp: blankAsNull(amountSchema({ positive: true })),
  gdpSource: source(),
  governmentExpenditure: blankAsNull(amountSchema({ positive: true })),
  governmentExpenditureSource: source(),
  inflation: blankAsNull(inflationSchema),
  inflationSource: source(),
  povertyLine: blankAsNull(amountSchema({ positive: true })),
  povertyLineSource: source(),
});
export type YearFiguresValues = z.output<typeof yearFiguresShape>;

/** The years of the frame a form or the API sets (each in full: a blank figure is cleared), under the version seen. */
export const setYearFiguresSchema = z
  .object({ countryCode: countryCodeSchema, version: versionSchema, years: boundedList(yearFiguresShape, maxYearsPerChange) })
  .check(
    z.superRefine((values, context) => {
      const seen = new Set<number>();
      values.years.forEach((figures, index) => {
        if (seen.has(figures.year)) context.addIssue({ code: "custom", path: ["years", index, "year"], message: "costingRules.yearTwice" });
        seen.add(figures.year);
      });
    }),
  );
export type SetYearFiguresInput = z.input<typeof setYearFiguresSchema>;

/**
 * Importing population figures from CSV (decision 1810): the text, pasted or sent by the API; a form's file is read
 * into text by the use case. Either is bounded before it is parsed (`populationCsvLimits`).
 */
export const importPopulationSchema = z.object({ countryCode: countryCodeSchema, version: versionSchema, text: z.optional(z.string()) });

const age = z.coerce.number().check(z.int(), z.gte(0), z.lte(maxPopulationAge));
const persons = amountSchema({ positive: false });

/** A group's first age, required: a blank would otherwise coerce to 0 and read as a group from birth. */
const firstAge = z.pipe(
  z.transform((value: unknown): unknown => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value)),
  z.number().check(z.int(), z.gte(0), z.lte(maxPopulationAge)),
);

/** One age group of a year, both sexes: `ageTo` blank is the open top group ("80+"). */
const populationGroupShape = z.object({ ageFrom: firstAge, ageTo: blankAsNull(age), female: persons, male: persons });
const groupFields = ["ageFrom", "ageTo", "female", "male"] as const;

/**
 * A form's spare row (every field blank or absent) is no group: it reads as null and is dropped after the checks,
 * so that the problems of the rows after it keep their row's number and show beside the right fields.
 */
const groupOrSpareRow = z.pipe(
  z.transform((value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const blank = groupFields.every((field) => {
      const text = (value as Record<string, unknown>)[field];
      return text === undefined || text === null || (typeof text === "string" && text.trim() === "");
    });
    return blank ? null : value;
  }),
  z.nullable(populationGroupShape),
);

/** The age groups a year may hold: single ages from 0 to the oldest. */
export const maxPopulationGroups = maxPopulationAge + 1;

/** Groups may not share an age, nor follow an open top group; spare rows (null) are skipped, keeping each row's index. */
const checkGroupAges = z.superRefine((groups: (z.output<typeof populationGroupShape> | null)[], context) => {
  const order = groups.flatMap((group, index) => (group ? [{ ...group, index }] : [])).sort((a, b) => a.ageFrom - b.ageFrom || a.index - b.index);
  let reach = -1;
  for (const group of order) {
    if (group.ageTo !== null && group.ageTo < group.ageFrom) {
      context.addIssue({ code: "custom", path: [group.index, "ageTo"], message: "costingRules.populationCsv.ageOrder" });
      continue;
    }
    if (group.ageFrom <= reach) context.addIssue({ code: "custom", path: [group.index, "ageFrom"], message: "costingRules.populationGroupsOverlap" });
    reach = Math.max(reach, group.ageTo ?? Number.POSITIVE_INFINITY);
  }
});

/**
 * A year's population typed in: its age groups, each with females and males; the list replaces the year's
 * figures (an empty list clears them). A form's wholly blank rows are left out.
 */
export const setPopulationSchema = z.object({
  countryCode: countryCodeSchema,
  version: versionSchema,
  year,
  groups: z.pipe(
    boundedList(groupOrSpareRow, maxPopulationGroups, 0).check(checkGroupAges),
    z.transform((groups) => groups.filter((group) => group !== null)),
  ),
});
export type SetPopulationInput = z.input<typeof setPopulationSchema>;

/** Validating the costing at a national dialogue: the milestone that records it (with evidence), the costing's version seen. */
export const validateCostingSchema = z.object({ countryCode: countryCodeSchema, version: versionSchema, milestoneId: z.uuid({ message: "validation.invalid" }) });
export type ValidateCostingInput = z.input<typeof validateCostingSchema>;
