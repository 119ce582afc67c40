/**
 * Reads an uploaded CSV or XLSX table on the server, within limits: its size, its row count, and (for XLSX, a
 * zip) the size it unpacks to. The format is told by the content, never by the name. Each import says which
 * header names its columns (the support exchange shape, the scheme inventory); the reading is the same.
 */
import ExcelJS from "exceljs";
import { invalid } from "@/lib/errors";
import type { LibMessage } from "@/lib/i18n/message-key";
import { restoreNeutralised, restoreNeutralisedCsv } from "@/lib/reports/neutralise";
import { readCsvTable } from "./csv-table";
import { importLimits } from "./import-limits";
import { inflatedSizeWithin } from "./inflate-within";
import { withValues } from "@/lib/validation/zod";


export type ImportFormat = "csv" | "xlsx";
export type FileRow<Column extends string> = { line: number; values: Partial<Record<Column, string>> };
export type ImportFile<Column extends string> = { format: ImportFormat; rows: FileRow<Column>[] };

/** How an import knows its columns: the column a header cell names (or none), and those a file must have. */
export type ImportColumns<Column extends string> = { columnOf: (header: string) => Column | undefined; required: readonly Column[] };

export const importMediaTypes: Record<ImportFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const fileError = (message: LibMessage) => invalid({ file: message });

export function detectFormat(bytes: Uint8Array): ImportFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

export type ImportLimits = { maxBytes: number; maxRows: number; maxUnpackedBytes: number };

/** `limits`: the spreadsheet imports' unless an import reads larger published tables (exchange rates). */
export async function readImportFile<Column extends string>(bytes: Uint8Array, columns: ImportColumns<Column>, limits: ImportLimits = importLimits): Promise<ImportFile<Column>> {
  if (bytes.byteLength === 0) throw fileError("import.fileEmpty");
  if (bytes.byteLength > limits.maxBytes) throw fileError(withValues("import.fileTooLarge", { maximum: limits.maxBytes / 1024 / 1024 }));
  const format = detectFormat(bytes);
  const table = format === "xlsx" ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
  // Each format undoes the formula guard its export applied (write-csv-stream.ts guards after semicolons too).
  return { format, rows: rowsOf(table, columns, format === "xlsx" ? restoreNeutralised : restoreNeutralisedCsv, limits) };
}

/** The header names the columns (in any order); blank lines are left out; lines count as a spreadsheet shows them. */
function rowsOf<Column extends string>(
  table: { line: number; cells: string[] }[],
  columns: ImportColumns<Column>,
  restore: (text: string) => string,
  limits: ImportLimits,
): FileRow<Column>[] {
  const [header, ...body] = table;
  if (!header) throw fileError("import.fileEmpty");
  const names = header.cells.map((cell) => columns.columnOf(cell.trim()));
  const missing = columns.required.filter((column) => !names.includes(column));
  if (missing.length) throw fileError(withValues("import.missingColumns", { columns: missing.join(", ") }));
  const rows = body
    .filter((row) => row.cells.some((cell) => cell.trim() !== ""))
    .map((row) => {
      const values: Partial<Record<Column, string>> = {};
      names.forEach((name, index) => {
        // A cell Socle's export neutralised against formula injection reads back as it was.
        if (name) values[name] = restore(row.cells[index] ?? "");
      });
      return { line: row.line, values };
    });
  if (rows.length === 0) throw fileError("import.noRows");
  if (rows.length > limits.maxRows) throw fileError(withValues("import.tooManyRows", { maximum: limits.maxRows }));
  return rows;
}

function readCsv(bytes: Uint8Array, limits: ImportLimits): { line: number; cells: string[] }[] {
  if (bytes.includes(0)) throw fileError("import.unreadable");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileError("import.notUtf8");
  }
  // The header, the rows allowed, and one more to say there are too many.
  const table = readCsvTable(text, limits.maxRows + 2);
  if (table.kind === "malformed") throw fileError(withValues("import.csvMalformed", { line: table.line }));
  return table.lines;
}

/** Sums the uncompressed sizes the zip's central directory declares, so a small file cannot unpack to gigabytes. */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = bytes.byteLength - 22; offset >= Math.max(0, bytes.byteLength - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) !== 0x06054b50) continue;
    const entries = view.getUint16(offset + 10, true);
    let entry = view.getUint32(offset + 16, true);
    let total = 0;
    for (let index = 0; index < entries; index++) {
      if (entry + 46 > bytes.byteLength || view.getUint32(entry, true) !== 0x02014b50) return null;
      total += view.getUint32(entry + 24, true);
      entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return total;
  }
  return null;
}

async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<{ line: number; cells: string[] }[]> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) throw fileError("import.unreadable");
  if (unpacked > limits.maxUnpackedBytes) throw fileError(withValues("import.fileTooLarge", { maximum: limits.maxBytes / 1024 / 1024 }));
  // The declared sizes may lie: inflate within the limit before exceljs inflates without one.
  const inflated = inflatedSizeWithin(bytes, limits.maxUnpackedBytes);
  if (inflated === "unreadable") throw fileError("import.unreadable");
  if (inflated === "tooLarge") throw fileError(withValues("import.unpacksTooLarge", { maximum: limits.maxUnpackedBytes / 1024 / 1024 }));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError("import.unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError("import.fileEmpty");
  if (sheet.actualRowCount > limits.maxRows + 1) throw fileError(withValues("import.tooManyRows", { maximum: limits.maxRows }));
  const table: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    table.push({ line, cells });
  });
  return table;
}

/** A cell as the text a CSV would hold: dates as YYYY-MM-DD, numbers as written, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // A date cell out of range reads as an invalid Date: keep it as text so the row is refused with a date message.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

/** A spreadsheet number in plain decimal notation (never 1e+21), as the shortest text that reads back as the same number. */
function numberText(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
