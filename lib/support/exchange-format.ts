/**
 * The one shape in which support entries and their transactions leave and enter Socle as CSV or XLSX: the
 * bulk import reads it, the template and the support export write it, so an export re-imports without edits.
 * One row per entry ("entry") followed by one row per transaction ("transaction") of that entry.
 */
import { supportKinds, supportStatuses, technicalCategories, transactionTypes } from "@/db/schema/support";
import { amountSchema, checkEntry, currencySchema, type EntryFields, isoDateSchema } from "@/lib/validation/support";
import { z } from "@/lib/validation/zod";

export const exchangeColumns = [
  "record",
  "reference",
  "agency",
  "country",
  "step",
  "kind",
  "title",
  "description",
  "technical_category",
  "status",
  "start_date",
  "end_date",
  "deliverables",
  "amount",
  "currency",
  "transaction_type",
  "transaction_date",
  "transaction_amount",
  "confirmation_note",
] as const;
export type ExchangeColumn = (typeof exchangeColumns)[number];
export type ExchangeRow = Record<ExchangeColumn, string>;

export const exchangeRecords = ["entry", "transaction"] as const;

/** Columns a file must have; the others may be left out (they are then blank). */
export const requiredColumns: ExchangeColumn[] = ["record", "reference", "agency"];

/** What the help sheet and the import page say about each column: required for which records, and the values allowed. */
export const columnValues: Partial<Record<ExchangeColumn, readonly string[]>> = {
  record: exchangeRecords,
  kind: supportKinds,
  technical_category: technicalCategories,
  status: supportStatuses,
  transaction_type: transactionTypes,
};

export function blankRow(): ExchangeRow {
  return Object.fromEntries(exchangeColumns.map((column) => [column, ""])) as ExchangeRow;
}

const text = (maximum: number) => z.string().trim().max(maximum);
const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(blank, schema.optional());
const lower = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : value);

const columnOfField: Record<keyof EntryFields, ExchangeColumn> = {
  kind: "kind",
  technicalCategory: "technical_category",
  amount: "amount",
  currency: "currency",
  startDate: "start_date",
  endDate: "end_date",
};

/** An entry row, column by column; messages are the same catalogue keys the forms show. */
export const entryRowSchema = z
  .object({
    reference: text(100).min(1),
    agency: text(40).min(1).toUpperCase(),
    country: z.string().trim().regex(/^[A-Za-z]{2}$/).toUpperCase(),
    step: optional(text(60)),
    kind: z.preprocess(lower, z.enum(supportKinds)),
    title: text(200).min(1),
    description: text(5000),
    technical_category: optional(z.preprocess(lower, z.enum(technicalCategories))),
    status: z.preprocess((value) => blank(lower(value)) ?? "planned", z.enum(supportStatuses)),
    start_date: optional(isoDateSchema),
    end_date: optional(isoDateSchema),
    deliverables: text(5000),
    amount: optional(amountSchema({ positive: false })),
    currency: optional(currencySchema),
  })
  .superRefine((row, context) =>
    checkEntry(
      {
        kind: row.kind,
        technicalCategory: row.technical_category,
        amount: row.amount,
        currency: row.currency,
        startDate: row.start_date,
        endDate: row.end_date,
      },
      // The rules name form fields; a file's reader needs the column.
      (field, message) => context.addIssue({ code: "custom", path: [columnOfField[field]], message }),
    ),
  );
export type EntryRow = z.output<typeof entryRowSchema>;


export const transactionRowSchema = z.object({
  reference: text(100).min(1),
  agency: text(40).min(1).toUpperCase(),
  currency: currencySchema,
  transaction_type: z.preprocess(lower, z.enum(transactionTypes)),
  transaction_date: isoDateSchema,
  transaction_amount: amountSchema({ positive: true }),
  confirmation_note: optional(text(1000)),
});
export type TransactionRow = z.output<typeof transactionRowSchema>;
