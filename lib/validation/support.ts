/** What people type about support entries, their transactions and a country's needs; shared by forms, imports and the server. */
import {
  needKinds,
  priorities,
  supportKinds,
  supportStatuses,
  technicalCategories,
  transactionTypes,
} from "@/db/schema/support";
import { countryCodeSchema } from "./countries";
import { z } from "./zod";

/** Blank form fields mean "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(blankToUndefined, schema.optional());

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
  return z
    .string()
    .transform(compactAmount)
    .superRefine((value, context) => {
      if (value === "") context.addIssue({ code: "custom", message: "validation.required" });
      else if (value.startsWith("-")) context.addIssue({ code: "custom", message: "validation.amountNegative" });
      else if (!amountPattern.test(value)) context.addIssue({ code: "custom", message: "validation.amount" });
      else if (positive && /^0*(\.0*)?$/.test(value)) context.addIssue({ code: "custom", message: "validation.amountPositive" });
    });
}

const knownCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code this runtime knows (Intl's list), upper-cased. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code), { message: "validation.currency" });

export const isoDateSchema = z.iso.date();

const uuidSchema = z.uuid({ message: "validation.invalid" });
const versionSchema = z.coerce.number().int().min(1);

const supportEntryShape = {
  countryCode: countryCodeSchema,
  agencyId: uuidSchema,
  countryStepId: optional(uuidSchema),
  kind: z.enum(supportKinds),
  reference: optional(z.string().trim().max(100)),
  title: z.string().trim().min(1).max(200),
  description: z.preprocess((value) => value ?? "", z.string().trim().max(5000)),
  technicalCategory: optional(z.enum(technicalCategories)),
  status: z.enum(supportStatuses),
  startDate: optional(isoDateSchema),
  endDate: optional(isoDateSchema),
  deliverables: z.preprocess((value) => value ?? "", z.string().trim().max(5000)),
  amount: optional(amountSchema({ positive: false })),
  currency: optional(currencySchema),
};

export type EntryFields = {
  kind: (typeof supportKinds)[number];
  technicalCategory?: string;
  amount?: string;
  currency?: string;
  startDate?: string;
  endDate?: string;
};

/** Rules across fields: what each kind requires, and a date range that does not end before it starts. */
export function checkEntry(entry: EntryFields, report: (field: keyof EntryFields, message: string) => void) {
  if (entry.kind === "technical" && !entry.technicalCategory) report("technicalCategory", "validation.required");
  if (entry.kind === "financial") {
    if (!entry.amount) report("amount", "validation.required");
    if (!entry.currency) report("currency", "validation.required");
  }
  if (entry.startDate && entry.endDate && entry.endDate < entry.startDate) report("endDate", "validation.endBeforeStart");
}

const reportTo = (context: z.core.$RefinementCtx) => (field: string, message: string) =>
  context.addIssue({ code: "custom", path: [field], message });

/** A new entry may answer one of the country's needs at once ("add support for this need"). */
export const addSupportEntrySchema = z
  .object({ ...supportEntryShape, answersNeedId: optional(uuidSchema) })
  .superRefine((entry, context) => checkEntry(entry, reportTo(context)));
export type AddSupportEntryInput = z.input<typeof addSupportEntrySchema>;

export const editSupportEntrySchema = z
  .object({ ...supportEntryShape, id: uuidSchema, version: versionSchema })
  .omit({ countryCode: true, agencyId: true })
  .superRefine((entry, context) => checkEntry(entry, reportTo(context)));
export type EditSupportEntryInput = z.input<typeof editSupportEntrySchema>;

export const withdrawSchema = z.object({
  id: uuidSchema,
  version: versionSchema,
  reason: z.string().trim().min(1).max(1000),
});
export type WithdrawInput = z.input<typeof withdrawSchema>;

export const addTransactionSchema = z.object({
  supportEntryId: uuidSchema,
  type: z.enum(transactionTypes),
  amount: amountSchema({ positive: true }),
  occurredOn: isoDateSchema,
  confirmationNote: optional(z.string().trim().max(1000)),
});
export type AddTransactionInput = z.input<typeof addTransactionSchema>;

export const withdrawTransactionSchema = z.object({ id: uuidSchema });

const needShape = {
  countryStepId: uuidSchema,
  kind: z.enum(needKinds),
  technicalCategory: optional(z.enum(technicalCategories)),
  description: z.string().trim().min(1).max(2000),
  estimateAmount: optional(amountSchema({ positive: true })),
  estimateCurrency: optional(currencySchema),
  priority: z.enum(priorities),
};

type NeedFields = { kind: (typeof needKinds)[number]; technicalCategory?: string; estimateAmount?: string; estimateCurrency?: string };

function checkNeed(need: NeedFields, context: z.core.$RefinementCtx) {
  const report = reportTo(context);
  if (need.kind === "technical" && !need.technicalCategory) report("technicalCategory", "validation.required");
  if (need.kind === "funding") {
    if (!need.estimateAmount) report("estimateAmount", "validation.required");
    if (!need.estimateCurrency) report("estimateCurrency", "validation.required");
  }
}

export const addNeedSchema = z.object({ ...needShape, countryCode: countryCodeSchema }).superRefine(checkNeed);
export type AddNeedInput = z.input<typeof addNeedSchema>;

export const editNeedSchema = z.object({ ...needShape, id: uuidSchema, version: versionSchema }).superRefine(checkNeed);
export type EditNeedInput = z.input<typeof editNeedSchema>;

export const withdrawNeedSchema = z.object({ id: uuidSchema, version: versionSchema });

export const needLinkSchema = z.object({ needId: uuidSchema, supportEntryId: uuidSchema });
export type NeedLinkInput = z.input<typeof needLinkSchema>;

export const supportSortColumns = ["date", "country", "agency", "step", "kind", "category", "status"] as const;

/** The support list's URL: filters and sorting. A malformed value is ignored rather than failing the page. */
export const supportListQuery = z.object({
  country: z.preprocess(blankToUndefined, countryCodeSchema.optional()).catch(undefined),
  agency: z.preprocess(blankToUndefined, z.string().trim().toUpperCase().max(40).optional()).catch(undefined),
  step: z.preprocess(blankToUndefined, z.string().regex(/^[a-z_]{1,60}$/).optional()).catch(undefined),
  kind: z.preprocess(blankToUndefined, z.enum(supportKinds).optional()).catch(undefined),
  category: z.preprocess(blankToUndefined, z.enum(technicalCategories).optional()).catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(supportStatuses).optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, isoDateSchema.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, isoDateSchema.optional()).catch(undefined),
  sort: z.enum(supportSortColumns).catch("date"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type SupportListQuery = z.output<typeof supportListQuery>;
