/** Writes support rows in the exchange shape as CSV or XLSX: for the template and for the support export. */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { exchangeColumns, type ExchangeRow } from "./exchange-format";
import { normalizeAmount } from "./money";

const amountColumns = new Set(["amount", "transaction_amount"]);

/** UTF-8 with a byte-order mark, so that spreadsheet programs read accents right; the import skips the mark. */
export function exchangeCsv(rows: ExchangeRow[]): string {
  return `\uFEFF${stringify(rows, { header: true, columns: [...exchangeColumns] })}`;
}

/**
 * An amount goes in as a number when the number holds it exactly (so spreadsheets can add it up), else as
 * text; dates stay text, so no time zone can move them.
 */
function cellValue(column: string, value: string): string | number {
  if (!amountColumns.has(column) || value === "") return value;
  const number = Number(value);
  return Number.isFinite(number) && normalizeAmount(String(number)) === normalizeAmount(value) ? number : value;
}

/** A help line per column, in the reader's language, written on a second sheet the import does not read. */
export type ExchangeHelpLine = { column: string; required: string; values: string };

export async function exchangeXlsx(rows: ExchangeRow[], help: ExchangeHelpLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Socle";
  const sheet = workbook.addWorksheet("support");
  sheet.columns = exchangeColumns.map((column) => ({ header: column, key: column, width: Math.max(12, column.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(exchangeColumns.map((column) => [column, cellValue(column, row[column])])));
  }
  const helpSheet = workbook.addWorksheet("help");
  helpSheet.columns = [
    { header: "column", key: "column", width: 22 },
    { header: "required", key: "required", width: 40 },
    { header: "values", key: "values", width: 100 },
  ];
  helpSheet.getRow(1).font = { bold: true };
  for (const line of help) helpSheet.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
