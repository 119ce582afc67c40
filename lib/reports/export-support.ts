/**
 * The support export as CSV or XLSX: support entries and their transactions in the bulk import's exchange shape
 * (lib/support/exchange-format.ts), filtered as the support list is, so the file re-imports without edits. After
 * those columns, each transaction in the reporting currency with the rate used, its period start and source, or
 * why there is none (columns the import ignores: derived, never typed).
 */
import { isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportTransactions } from "@/db/schema";
import { convert, loadRateTable, type RateTable, toCents } from "@/lib/funding/conversion";
import { getFundingSettings } from "@/lib/funding/settings";
import type { Actor } from "@/lib/actor";
import { exchangeColumns, type ExchangeColumn } from "@/lib/support/exchange-format";
import { exchangeRowsOf } from "@/lib/support/read-exchange-rows";
import { authorizeSupportExport, countSupportRows, type ExportedEntry, supportEntryPages } from "./support-pages";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

const columnTypes: Partial<Record<ExchangeColumn, ColumnType>> = {
  // Only values from the schema's fixed lists skip the formula guard; acronyms, codes and keys are typed by people.
  record: "choice",
  kind: "choice",
  technical_category: "choice",
  status: "choice",
  start_date: "date",
  end_date: "date",
  amount: "amount",
  transaction_type: "choice",
  transaction_date: "date",
  transaction_amount: "amount",
  funding_source: "choice",
  value_date: "date",
};

/** The exchange shape keeps its column names as headers in every language: the import reads them. */
export const exchangeExportColumns = exchangeColumns.map((column) => ({
  key: column,
  type: columnTypes[column] ?? "text",
  width: Math.max(12, column.length + 4),
}));

/** The conversion columns after the exchange shape's: `amount_<reporting currency>` is named by the setting. */
export function conversionColumns(reportingCurrency: string): ExportColumn[] {
  return [
    { key: "rate", type: "amount", width: 14 },
    { key: "rate_period", type: "choice", width: 12 },
    { key: "rate_date", type: "date", width: 12 },
    { key: "rate_source", type: "text", width: 24 },
    { key: `amount_${reportingCurrency.toLowerCase()}`, type: "amount", width: 16 },
    { key: "rate_missing", type: "choice", width: 14 },
  ];
}

/** A transaction row's conversion cells: the rate and the converted amount, or why there is none. */
function conversionCells(table: RateTable, transaction: ExportedEntry["transactions"][number]): ExportRow {
  const conversion = convert(table, { amount: transaction.amount, currency: transaction.currency, valueDate: transaction.valueDate });
  const rate = conversion.converted === null ? null : conversion.rate;
  return {
    rate: rate?.rate ?? (conversion.converted === null ? null : "1"),
    rate_period: rate?.period ?? null,
    rate_date: rate?.periodStart ?? null,
    rate_source: rate?.source ?? null,
    // Shown, so to the cent; totals on the pages sum the exact quotients before rounding.
    [`amount_${table.reportingCurrency.toLowerCase()}`]: conversion.converted === null ? null : toCents(conversion.converted),
    rate_missing: conversion.missing ?? null,
  };
}

async function* exchangeBatches(pages: AsyncIterable<ExportedEntry[]>, table: RateTable): AsyncGenerator<ExportRow[]> {
  for await (const page of pages) {
    yield page.flatMap((exported) => {
      const [entryRow, ...transactionRows] = exchangeRowsOf(exported);
      return [entryRow!, ...transactionRows.map((row, index) => ({ ...row, ...conversionCells(table, exported.transactions[index]!) }))];
    });
  }
}

/** The rates of every currency transactions hold, read once for the whole file. */
async function exportRateTable(db: Queryable): Promise<RateTable> {
  const [settings, currencies] = await Promise.all([
    getFundingSettings(db),
    db.selectDistinct({ currency: supportTransactions.currency }).from(supportTransactions).where(isNull(supportTransactions.deletedAt)),
  ]);
  return loadRateTable(db, settings, currencies.map((row) => row.currency));
}

export async function exportSupport(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
): Promise<{ rowCount: number; table: ExportTable }> {
  const query = await authorizeSupportExport(db, actor, input);
  const [rowCount, table] = await Promise.all([countSupportRows(db, query), exportRateTable(db)]);
  return {
    rowCount,
    table: {
      name: "support",
      columns: [...exchangeExportColumns, ...conversionColumns(table.reportingCurrency)],
      batches: exchangeBatches(supportEntryPages(db, query), table),
    },
  };
}
