/**
 * What people type about a costing's benefit scenarios, packages and financing, and the years they turn into funding
 * needs (key step 6); shared by the forms, the JSON API and lib/. Shares are typed as percentages ("60", "12.5") and
 * come out as the fractions the columns hold ("0.6", "0.125"). Rules across fields speak with `costingScenarioRules.*`.
 */
import * as z from "zod/mini";
import type { $RefinementCtx } from "zod/v4/core";
import { administrativeCostConventions, benefitLevelKinds, costingSexes, financingKinds, indexations, targetGroupKinds } from "@/db/schema/values";
import { Decimal, figureText } from "@/lib/costing/decimal";
import { financingFromForm } from "@/lib/costing/financing-form";
import { maxHorizonYears } from "@/lib/costing/prepared-inputs";
import type { LibMessage } from "@/lib/i18n/message-key";
import { checkboxList, keptEntries, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { amountSchema, blankToUndefined, optionalField, textField } from "./support";
import { textSchema } from "./text";

/** Scenarios a package may hold: a "high" option of every benefit the assessment recommends, with room to spare. */
export const maxPackageScenarios = 50;
/** Financing rows one request may set: every kind of every year of the longest frame. */
export const maxFinancingRows = (maxHorizonYears + 1) * financingKinds.length;
/** The oldest age a target group may name; older persons are the open top group. */
export const maxAge = 120;

const uuidSchema = z.uuid({ message: "validation.invalid" });
const whole = (message: LibMessage) => z.coerce.number().check(z.int({ message }));
const year = z.pipe(z.transform(blankToUndefined), whole("costingRules.yearWhole"));
const age = z.coerce.number().check(z.int(), z.gte(0), z.lte(maxAge));
/** The costing's version the page was read at: creating needs and setting financing name the whole costing they saw. */
const costingVersionSchema = z.coerce.number().check(z.int(), z.gte(1));

/** Digits and up to four decimals, after a point or a comma: a percentage is at most 1000, so a comma can only be decimal. */
const percentagePattern = /^\d{1,4}(\.\d{1,4})?$/;

type PercentageRange = { message: LibMessage; above?: number; atMost?: number; below?: number };

/** A percentage as typed ("12,5", "12.5 %", or a number from the JSON API), bounded; still a percentage, exact, never a float. */
function percentageSchema({ message, above, atMost, below }: PercentageRange) {
  const typed = z.pipe(
    z.transform((value: unknown): unknown => (typeof value === "number" ? String(value) : value)),
    z.string(),
  );
  return z.pipe(
    z.pipe(typed, z.transform((text: string) => text.trim().replace(/\s*%$/, "").replace(",", "."))),
    z.string().check(
      z.refine((text) => {
        if (!percentagePattern.test(text)) return false;
        const value = new Decimal(text);
        return (above === undefined || value.gt(above)) && (atMost === undefined || value.lte(atMost)) && (below === undefined || value.lt(below));
      }, { message }),
    ),
  );
}
const asShare = (percentage: string) => figureText(new Decimal(percentage).dividedBy(100));
const share = (range: PercentageRange) => z.pipe(percentageSchema(range), z.transform(asShare));

const percentage = () => share({ message: "costingScenarioRules.percentage", atMost: 100 });

const scenarioShape = {
  name: textSchema(200, 1),
  /** The recommendation of the matrix this scenario costs; blank for a scenario that stands alone. */
  recommendationId: optionalField(uuidSchema),
  targetKind: z.enum(targetGroupKinds),
  ageFrom: optionalField(age),
  /** Blank for an open group ("65 and over"). */
  ageTo: optionalField(age),
  sex: optionalField(z.enum(costingSexes)),
  /** Blank is everyone in the group. */
  eligibleShare: optionalField(percentage()),
  benefitKind: z.enum(benefitLevelKinds),
  benefitAmount: optionalField(amountSchema({ positive: true })),
  indexation: optionalField(z.enum(indexations)),
  benefitShare: optionalField(share({ message: "costingScenarioRules.benefitShare", above: 0, atMost: 1000 })),
  takeUpStart: percentage(),
  takeUpTarget: percentage(),
  takeUpYear: year,
  administrativeConvention: z.enum(administrativeCostConventions),
  administrativeRate: share({ message: "costingScenarioRules.administrativeRate", atMost: 100, below: 100 }),
};

type ScenarioFields = {
  targetKind: (typeof targetGroupKinds)[number];
  ageFrom?: number | undefined;
  ageTo?: number | undefined;
  benefitKind: (typeof benefitLevelKinds)[number];
  benefitAmount?: string | undefined;
  benefitShare?: string | undefined;
};

const reportTo = (context: $RefinementCtx) => (field: string, message: LibMessage) => context.addIssue({ code: "custom", path: [field], message });

/** The database's checks of a scenario (scenario_ages, scenario_benefit), said on the field to correct. */
const checkScenario = z.superRefine((scenario: ScenarioFields, context) => {
  const report = reportTo(context);
  if (scenario.targetKind === "ages") {
    if (scenario.ageFrom === undefined) report("ageFrom", "costingScenarioRules.ageFromRequired");
    else if (scenario.ageTo !== undefined && scenario.ageTo < scenario.ageFrom) report("ageTo", "costingScenarioRules.ageToBeforeFrom");
  }
  if (scenario.benefitKind === "monthly_amount" && !scenario.benefitAmount) report("benefitAmount", "costingScenarioRules.benefitAmountRequired");
  if (scenario.benefitKind !== "monthly_amount" && !scenario.benefitShare) report("benefitShare", "costingScenarioRules.benefitShareRequired");
});

export const addScenarioSchema = z.object({ countryCode: countryCodeSchema, ...scenarioShape }).check(checkScenario);
export type AddScenarioInput = z.input<typeof addScenarioSchema>;
export type ScenarioValues = z.output<typeof addScenarioSchema>;

/** `countryCode`, when sent (the JSON API's address names it), must be the scenario's or package's: another country's id is not found. */
const ofCountry = z.optional(countryCodeSchema);

export const editScenarioSchema = z.object({ id: uuidSchema, countryCode: ofCountry, version: versionSchema, ...scenarioShape }).check(checkScenario);
export type EditScenarioInput = z.input<typeof editScenarioSchema>;

export const withdrawScenarioSchema = z.object({ id: uuidSchema, countryCode: ofCountry, version: versionSchema, reason: textSchema(1000, 1) });
export const restoreScenarioSchema = z.object({ id: uuidSchema, countryCode: ofCountry, version: versionSchema });

/** A package's scenarios, as checkboxes or a list; each once, in the order given. */
const scenarioIds = z.pipe(checkboxList(uuidSchema, maxPackageScenarios), z.transform((ids: string[]) => [...new Set(ids)]));

export const addPackageSchema = z.object({ countryCode: countryCodeSchema, name: textSchema(200, 1), scenarioIds });
export type AddPackageInput = z.input<typeof addPackageSchema>;
export const editPackageSchema = z.object({ id: uuidSchema, countryCode: ofCountry, version: versionSchema, name: textSchema(200, 1), scenarioIds });
export type EditPackageInput = z.input<typeof editPackageSchema>;
export const withdrawPackageSchema = withdrawScenarioSchema;

/** A list from a request, read no further than one past its maximum (lib/validation/common.ts, keptEntries). */
const boundedList = <Item extends z.ZodMiniType>(item: Item, maximum: number) =>
  z.pipe(
    z.transform((value: unknown): unknown => (Array.isArray(value) ? keptEntries(value, maximum, () => false) : value)),
    z.array(item).check(z.minLength(1), z.maxLength(maximum)),
  );

const financingRow = z.object({
  year,
  kind: z.enum(financingKinds),
  amount: amountSchema({ positive: false }),
  /** Where the money comes from: a budget line, a law, an agreement. */
  source: textField(500),
});

export const setFinancingSchema = z
  .object({ countryCode: countryCodeSchema, version: costingVersionSchema, packageId: uuidSchema, rows: boundedList(financingRow, maxFinancingRows) })
  .check(
    z.superRefine((financing, context) => {
      const seen = new Set<string>();
      financing.rows.forEach((row, index) => {
        const key = `${row.year}/${row.kind}`;
        if (seen.has(key)) context.addIssue({ code: "custom", path: ["rows", index, "kind"], message: "costingScenarioRules.financingTwice" });
        seen.add(key);
      });
    }),
  );
export type SetFinancingInput = z.input<typeof setFinancingSchema>;
/** The financing form's cells, checked as the server will read them: a blank amount is none of that kind. */
export const financingFormSchema = z.pipe(z.transform(financingFromForm), setFinancingSchema);

export const createNeedsSchema = z.object({
  countryCode: countryCodeSchema,
  version: costingVersionSchema,
  packageId: uuidSchema,
  years: z.pipe(
    checkboxList(year, maxHorizonYears + 1),
    z.transform((years: number[]) => [...new Set(years)].sort((a, b) => a - b)),
  ).check(z.refine((years: number[]) => years.length > 0, { message: "costingScenarioRules.yearsRequired" })),
});
export type CreateNeedsInput = z.input<typeof createNeedsSchema>;
