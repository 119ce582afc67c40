/** What people type about support entries, their transactions and a country's needs; shared by forms, imports and the server. */
import * as z from "zod/mini";
import { textSchema, legalText } from "./text";
import type { $RefinementCtx } from "zod/v4/core";
import {
  firstTransactionTypes,
  fundingSources,
  needKinds,
  priorities,
  supportKinds,
  supportStatuses,
  technicalCategories,
  transactionTypes,
} from "@/db/schema/values";
import type { LibMessage } from "@/lib/i18n/message-key";
import { idempotencyKeySchema } from "./common";
import { countryCodeSchema } from "./countries";

/** Blank form fields mean "not given". */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A field that may be left blank: blank or missing becomes undefined, anything typed must pass `schema`. */
export function optionalField<Schema extends z.ZodMiniType>(schema: Schema): z.ZodMiniType<z.output<Schema> | undefined, unknown> {
  // The types cannot follow a transform into a schema of any type; the runtime check is the schema itself.
  return z.pipe(z.transform((value: unknown): unknown => blankToUndefined(value)), z.optional(schema) as z.ZodMiniType<unknown, unknown>) as never;
}
const optional = optionalField;

/** A text field; a missing one reads as empty. */
export const textField = (maximum: number) =>
  z.pipe(z.transform((value: unknown): unknown => value ?? ""), textSchema(maximum));

/** Digits, an optional point and up to four decimals: what numeric(20,4) holds. Spaces group thousands. */
const amountPattern = /^\d{1,16}(\.\d{1,4})?$/;

/** Removes the spaces people use to group thousands (including the no-break spaces French uses). */
export function compactAmount(value: string): string {
  return value.trim().replace(/[\s\u00a0\u202f_]/g, "");
}

/**
 * An exact amount as a decimal string, never a float. Refuses a minus sign with its own message, and a
 * comma (ambiguous between languages) with the amount message that shows the expected form.
 */
export function amountSchema({ positive }: { positive: boolean }) {
  return z.pipe(z.string(), z.transform(compactAmount)).check(
    z.superRefine((value: string, context) => {
      if (value === "") context.addIssue({ code: "custom", message: "validation.required" });
      else if (value.startsWith("-")) context.addIssue({ code: "custom", message: "validation.amountNegative" });
      else if (!amountPattern.test(value)) context.addIssue({ code: "custom", message: "validation.amount" });
      else if (positive && /^0*(\.0*)?$/.test(value)) context.addIssue({ code: "custom", message: "validation.amountPositive" });
    }),
  );
}

const knownCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code this runtime knows (Intl's list), upper-cased. */
export const currencySchema = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.refine((code) => /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code), { message: "validation.currency" }),
  );

export const isoDateSchema = z.iso.date();

const uuidSchema = z.uuid({ message: "validation.invalid" });
const versionSchema = z.coerce.number().check(z.int(), z.gte(1));

const supportEntryShape = {
  countryCode: countryCodeSchema,
  agencyId: uuidSchema,
  countryStepId: optional(uuidSchema),
  kind: z.enum(supportKinds),
  reference: optional(textSchema(100)),
  title: textSchema(200, 1),
  description: textField(5000),
  technicalCategory: optional(z.enum(technicalCategories)),
  status: z.enum(supportStatuses),
  startDate: optional(isoDateSchema),
  endDate: optional(isoDateSchema),
  deliverables: textField(5000),
  amount: optional(amountSchema({ positive: false })),
  currency: optional(currencySchema),
  // Where the money comes from (issue 21); a missing source reads as the agency's own resources.
  fundingSource: z.pipe(
    z.transform((value: unknown): unknown => blankToUndefined(value) ?? "own"),
    z.enum(fundingSources) as z.ZodMiniType<(typeof fundingSources)[number], unknown>,
  ),
  fundingAgencyId: optional(uuidSchema),
  fundingDonor: optional(textSchema(200)),
  passThroughOfEntryId: optional(uuidSchema),
};

export type FundingFields = {
  kind: (typeof supportKinds)[number];
  fundingSource: (typeof fundingSources)[number];
  fundingAgencyId?: string;
  fundingDonor?: string;
  passThroughOfEntryId?: string;
};

/**
 * A source names what it needs: a member agency, or a donor's name. Money passed on from a member's entry is
 * financial and comes from that member; which entries qualify is checked against the database (lib/support/funding-source.ts).
 */
export function checkFundingSource(entry: FundingFields, report: (field: keyof FundingFields, message: LibMessage) => void) {
  if (entry.fundingSource === "member" && !entry.fundingAgencyId) report("fundingAgencyId", "validation.required");
  if (entry.fundingSource === "donor" && !entry.fundingDonor) report("fundingDonor", "validation.required");
  if (entry.passThroughOfEntryId) {
    if (entry.kind !== "financial") report("passThroughOfEntryId", "funding.passThroughFinancial");
    else if (entry.fundingSource !== "member") report("passThroughOfEntryId", "funding.passThroughNeedsMember");
  }
}

export type EntryFields = {
  kind: (typeof supportKinds)[number];
  technicalCategory?: string;
  amount?: string;
  currency?: string;
  startDate?: string;
  endDate?: string;
};

/** Rules across fields: what each kind requires, and a date range that does not end before it starts. */
export function checkEntry(entry: EntryFields, report: (field: keyof EntryFields, message: LibMessage) => void) {
  if (entry.kind === "technical" && !entry.technicalCategory) report("technicalCategory", "validation.required");
  if (entry.kind === "financial") {
    if (!entry.amount) report("amount", "validation.required");
    if (!entry.currency) report("currency", "validation.required");
  }
  if (entry.startDate && entry.endDate && entry.endDate < entry.startDate) report("endDate", "validation.endBeforeStart");
}

const reportTo = (context: $RefinementCtx) => (field: string, message: LibMessage) =>
  context.addIssue({ code: "custom", path: [field], message });

/** A zero amount: what an entry may state, but not a transaction. */
const isZeroAmount = (amount: string) => /^0*(\.0*)?$/.test(amount);

type FirstTransactionFields = EntryFields & { firstTransactionType?: string; firstTransactionOn?: string };

/** The entry's amount recorded at once as pledged or committed: only on financial support, on a given day, and more than zero. */
function checkFirstTransaction(entry: FirstTransactionFields, report: (field: keyof FirstTransactionFields, message: LibMessage) => void) {
  if (!entry.firstTransactionType) return;
  if (entry.kind !== "financial") return report("firstTransactionType", "support.transactionOnTechnical");
  if (!entry.firstTransactionOn) report("firstTransactionOn", "validation.required");
  if (entry.amount && isZeroAmount(entry.amount)) report("amount", "validation.amountPositive");
}

/**
 * A new entry may answer one of the country's needs at once ("add support for this need"), and record its amount
 * as its first transaction, pledged or committed (the day blank when there is none: a form always sends one).
 */
export const addSupportEntrySchema = z
  .object({
    ...supportEntryShape,
    answersNeedId: optional(uuidSchema),
    firstTransactionType: optional(z.enum(firstTransactionTypes)),
    firstTransactionOn: optional(isoDateSchema),
  })
  .check(
    z.superRefine((entry, context) => {
      checkEntry(entry as EntryFields, reportTo(context));
      checkFundingSource(entry as FundingFields, reportTo(context));
      checkFirstTransaction(entry as FirstTransactionFields, reportTo(context));
    }),
  );
export type AddSupportEntryInput = z.input<typeof addSupportEntrySchema>;

const { countryCode: _countryCode, agencyId: _agencyId, ...editableEntryShape } = supportEntryShape;

export const editSupportEntrySchema = z
  .object({ ...editableEntryShape, id: uuidSchema, version: versionSchema })
  .check(
    z.superRefine((entry, context) => {
      checkEntry(entry as EntryFields, reportTo(context));
      checkFundingSource(entry as FundingFields, reportTo(context));
    }),
  );
export type EditSupportEntryInput = z.input<typeof editSupportEntrySchema>;

export const withdrawSchema = z.object({
  id: uuidSchema,
  version: versionSchema,
  reason: textSchema(1000, 1),
});
export type WithdrawInput = z.input<typeof withdrawSchema>;

export const addTransactionSchema = z.object({
  supportEntryId: uuidSchema,
  type: z.enum(transactionTypes),
  amount: amountSchema({ positive: true }),
  occurredOn: isoDateSchema,
  confirmationNote: optional(textSchema(1000)),
});
export type AddTransactionInput = z.input<typeof addTransactionSchema>;

export const withdrawTransactionSchema = z.object({ id: uuidSchema });

const needShape = {
  countryStepId: uuidSchema,
  kind: z.enum(needKinds),
  technicalCategory: optional(z.enum(technicalCategories)),
  description: textSchema(2000, 1),
  estimateAmount: optional(amountSchema({ positive: true })),
  estimateCurrency: optional(currencySchema),
  priority: z.enum(priorities),
};

type NeedFields = { kind: (typeof needKinds)[number]; technicalCategory?: string; estimateAmount?: string; estimateCurrency?: string };

const checkNeed = z.superRefine((need: NeedFields, context) => {
  const report = reportTo(context);
  if (need.kind === "technical" && !need.technicalCategory) report("technicalCategory", "validation.required");
  if (need.kind === "funding") {
    if (!need.estimateAmount) report("estimateAmount", "validation.required");
    if (!need.estimateCurrency) report("estimateCurrency", "validation.required");
  }
});

export const addNeedSchema = z
  .object({ ...needShape, countryCode: countryCodeSchema, idempotencyKey: idempotencyKeySchema })
  .check(checkNeed);
export type AddNeedInput = z.input<typeof addNeedSchema>;

export const editNeedSchema = z.object({ ...needShape, id: uuidSchema, version: versionSchema }).check(checkNeed);
export type EditNeedInput = z.input<typeof editNeedSchema>;

export const withdrawNeedSchema = z.object({ id: uuidSchema, version: versionSchema });

export const needLinkSchema = z.object({ needId: uuidSchema, supportEntryId: uuidSchema });
export type NeedLinkInput = z.input<typeof needLinkSchema>;

export const supportSortColumns = ["date", "country", "agency", "step", "kind", "category", "status"] as const;

/** The support list's URL: filters and sorting. A malformed value is ignored rather than failing the page. */
const filter = <Schema extends z.ZodMiniType>(schema: Schema) => z.catch(optionalField(schema), undefined);

export const supportListQuery = z.object({
  country: filter(countryCodeSchema),
  agency: filter(z.string().check(z.trim(), z.toUpperCase(), z.maxLength(40), legalText)),
  step: filter(z.string().check(z.regex(/^[a-z_]{1,60}$/))),
  kind: filter(z.enum(supportKinds)),
  category: filter(z.enum(technicalCategories)),
  status: filter(z.enum(supportStatuses)),
  from: filter(isoDateSchema),
  to: filter(isoDateSchema),
  sort: z.catch(z.enum(supportSortColumns), "date"),
  dir: z.catch(z.enum(["asc", "desc"]), "desc"),
  page: z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)), 1),
});
export type SupportListQuery = z.output<typeof supportListQuery>;
