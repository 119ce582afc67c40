/**
 * The one shape in which support entries and their transactions leave and enter Socle as CSV or XLSX: the
 * bulk import reads it, the template and the support export write it, so an export re-imports without edits.
 * One row per entry ("entry") followed by one row per transaction ("transaction") of that entry.
 */
import { fundingSources, supportKinds, supportStatuses, technicalCategories, transactionTypes } from "@/db/schema/support";
import {
  amountSchema,
  blankToUndefined,
  checkEntry,
  checkFundingSource,
  currencySchema,
  type EntryFields,
  type FundingFields,
  isoDateSchema,
  optionalField,
} from "@/lib/validation/support";
import * as z from "zod/mini";

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
  // Issue 21, after the older columns so that earlier files still read: where an entry's money comes from, the
  // giving member's entry it passes on (that member's reference), and the date fixing a transaction's conversion.
  "funding_source",
  "funding_agency",
  "funding_donor",
  "passes_on",
  "value_date",
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
  funding_source: fundingSources,
};

export function blankRow(): ExchangeRow {
  return Object.fromEntries(exchangeColumns.map((column) => [column, ""])) as ExchangeRow;
}

const text = (maximum: number, minimum = 0) =>
  z.string().check(z.trim(), ...(minimum > 0 ? [z.minLength(minimum)] : []), z.maxLength(maximum));
const upperText = (maximum: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(maximum), z.toUpperCase());
const lower = (value: unknown): unknown => (typeof value === "string" ? value.trim().toLowerCase() : value);
/** A value read lower-cased before it is checked against a list. */
const lowered = <Schema extends z.ZodMiniType>(schema: Schema) => z.pipe(z.transform(lower), schema as z.ZodMiniType<z.output<Schema>, unknown>);

const columnOfField: Record<keyof EntryFields, ExchangeColumn> = {
  kind: "kind",
  technicalCategory: "technical_category",
  amount: "amount",
  currency: "currency",
  startDate: "start_date",
  endDate: "end_date",
};

const columnOfFundingField: Record<keyof FundingFields, ExchangeColumn> = {
  kind: "kind",
  fundingSource: "funding_source",
  fundingAgencyId: "funding_agency",
  fundingDonor: "funding_donor",
  passThroughOfEntryId: "passes_on",
};

/** An entry row, column by column; messages are the same catalogue keys the forms show. */
export const entryRowSchema = z
  .object({
    reference: text(100, 1),
    agency: upperText(40),
    country: z.string().check(z.trim(), z.regex(/^[A-Za-z]{2}$/), z.toUpperCase()),
    step: optionalField(text(60)),
    kind: lowered(z.enum(supportKinds)),
    title: text(200, 1),
    description: text(5000),
    technical_category: optionalField(lowered(z.enum(technicalCategories))),
    status: z.pipe(
      z.transform((value: unknown): unknown => blankToUndefined(lower(value)) ?? "planned"),
      z.enum(supportStatuses) as z.ZodMiniType<(typeof supportStatuses)[number], unknown>,
    ),
    start_date: optionalField(isoDateSchema),
    end_date: optionalField(isoDateSchema),
    deliverables: text(5000),
    amount: optionalField(amountSchema({ positive: false })),
    currency: optionalField(currencySchema),
    funding_source: z.pipe(
      z.transform((value: unknown): unknown => blankToUndefined(lower(value)) ?? "own"),
      z.enum(fundingSources) as z.ZodMiniType<(typeof fundingSources)[number], unknown>,
    ),
    funding_agency: optionalField(upperText(40)),
    funding_donor: optionalField(text(200)),
    passes_on: optionalField(text(100)),
  })
  .check(
    z.superRefine((row, context) =>
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
    ),
    z.superRefine((row, context) =>
      checkFundingSource(
        { kind: row.kind, fundingSource: row.funding_source, fundingAgencyId: row.funding_agency, fundingDonor: row.funding_donor, passThroughOfEntryId: row.passes_on },
        (field, message) => context.addIssue({ code: "custom", path: [columnOfFundingField[field]], message }),
      ),
    ),
  );
export type EntryRow = z.output<typeof entryRowSchema>;


export const transactionRowSchema = z.object({
  reference: text(100, 1),
  agency: upperText(40),
  currency: currencySchema,
  transaction_type: lowered(z.enum(transactionTypes)),
  transaction_date: isoDateSchema,
  transaction_amount: amountSchema({ positive: true }),
  confirmation_note: optionalField(text(1000)),
  /** The date fixing the transaction's conversion; the transaction's date when blank. */
  value_date: optionalField(isoDateSchema),
});
export type TransactionRow = z.output<typeof transactionRowSchema>;
