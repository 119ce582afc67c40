/**
 * The support export as CSV or XLSX: support entries and their transactions in the bulk import's exchange shape
 * (lib/support/exchange-format.ts), filtered as the support list is, so the file re-imports without edits.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { exchangeColumns, type ExchangeColumn } from "@/lib/support/exchange-format";
import { exchangeRowsOf } from "@/lib/support/read-exchange-rows";
import { authorizeSupportExport, countSupportRows, type ExportedEntry, supportEntryPages } from "./support-pages";
import type { ColumnType, ExportRow, ExportTable } from "./tabular";

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
};

/** The exchange shape keeps its column names as headers in every language: the import reads them. */
export const exchangeExportColumns = exchangeColumns.map((column) => ({
  key: column,
  type: columnTypes[column] ?? "text",
  width: Math.max(12, column.length + 4),
}));

async function* exchangeBatches(pages: AsyncIterable<ExportedEntry[]>): AsyncGenerator<ExportRow[]> {
  for await (const page of pages) yield page.flatMap(exchangeRowsOf);
}

export async function exportSupport(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
): Promise<{ rowCount: number; table: ExportTable }> {
  const query = await authorizeSupportExport(db, actor, input);
  return {
    rowCount: await countSupportRows(db, query),
    table: { name: "support", columns: exchangeExportColumns, batches: exchangeBatches(supportEntryPages(db, query)) },
  };
}
