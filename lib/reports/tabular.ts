/**
 * What every CSV and XLSX export is made of: tables of typed columns whose rows arrive in batches from the
 * database, so a writer never holds more than one batch. Cells are strings as the database gives them; the
 * column's type says how a spreadsheet should hold them.
 */
import type { Messages } from "next-intl";
import type { MessageKey } from "@/lib/i18n/message-key";
import { normalizeAmount } from "@/lib/support/money";
import { xmlLegalText } from "@/lib/validation/text-characters";
import { neutraliseCsvText, neutraliseText } from "./neutralise";

/**
 * text: anything people type, codes and acronyms included (guarded against formulas); choice: a value from one of
 * the schema's fixed lists, which can never be a formula.
 */
export type ColumnType = "text" | "choice" | "date" | "timestamp" | "amount" | "integer";

/** `label` is a catalogue key the edge translates for the header; without one the header is the key itself. */
export type ExportColumn = { key: string; label?: MessageKey; type: ColumnType; width?: number };

/** A column whose header is `exports.column.<key>` in the catalogue. */
export type LabelledColumnKey = keyof Messages["exports"]["column"];

/** A column headed by its `exports.column.<key>` label, in the reader's language. */
export const labelledColumn = (key: LabelledColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `exports.column.${key}`, type, width });

/** What writes a column's header: the edge's translation of its label. */
export type HeaderOf = (column: ExportColumn) => string;
export const keyAsHeader: HeaderOf = (column) => column.key;

export type ExportRow = Record<string, string | number | null | undefined>;

export type ExportTable = {
  /** The sheet's name in an XLSX workbook (at most 31 characters). */
  name: string;
  /** A catalogue key the edge translates for the sheet's name, in the reader's language, in place of `name`. */
  title?: MessageKey;
  columns: ExportColumn[];
  batches: AsyncIterable<ExportRow[]>;
};

/** Rows are read from the database this many at a time. */
export const exportBatchSize = 1000;

/** A cell as CSV text: guarded when people typed it, also where a semicolon spreadsheet would start a cell. */
export function csvCell(column: ExportColumn, value: ExportRow[string]): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  if (column.type === "amount") return normalizeAmount(text);
  return column.type === "text" ? neutraliseCsvText(text) : text;
}

/**
 * A cell as a spreadsheet holds it: dates as dates (at midnight UTC, so no time zone moves the day), amounts
 * and counts as numbers when a number holds them exactly (else as text), typed text neutralised; text stored before
 * the input rule loses what XML cannot hold, or the workbook would not open.
 */
export function xlsxCell(column: ExportColumn, value: ExportRow[string]): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  switch (column.type) {
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${value}T00:00:00Z`) : xmlLegalText(String(value));
    case "timestamp":
      return new Date(value as string);
    case "amount": {
      const text = normalizeAmount(String(value));
      const number = Number(text);
      return Number.isFinite(number) && normalizeAmount(String(number)) === text ? number : text;
    }
    case "integer":
      return Number(value);
    case "choice":
      return String(value);
    default:
      return xmlLegalText(neutraliseText(String(value)));
  }
}

/** Keyset batches: asks for the next page after the last row until a short page says there is no more. */
export async function* keysetBatches<Row, Position>(
  fetchPage: (after: Position | null, limit: number) => Promise<Row[]>,
  positionOf: (row: Row) => Position,
  limit = exportBatchSize,
): AsyncGenerator<Row[]> {
  let after: Position | null = null;
  for (;;) {
    const rows = await fetchPage(after, limit);
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    after = positionOf(rows.at(-1)!);
  }
}

export async function* mapBatches<Row>(batches: AsyncIterable<Row[]>, toRow: (row: Row) => ExportRow): AsyncGenerator<ExportRow[]> {
  for await (const batch of batches) yield batch.map(toRow);
}
