/**
 * CSV text as lines of cells, the way every import reads it: the delimiter its header uses, a byte-order mark
 * dropped, lines numbered as a spreadsheet shows them, and no more records read than asked. Client-safe.
 */
import { CsvError, parse } from "csv-parse/sync";

export type TableLine = { line: number; cells: string[] };
export type CsvTable = { kind: "table"; lines: TableLine[]; delimiter: "," | ";" } | { kind: "malformed"; line: number };

/** Spreadsheets in French, Spanish or Portuguese save CSV with semicolons: take what the header uses. */
export function delimiterOf(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** At most `maxRecords` records (the header included) are parsed: a caller asks for one more than it allows to tell "too many". */
export function readCsvTable(text: string, maxRecords: number): CsvTable {
  const delimiter = delimiterOf(text);
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, to: maxRecords }) as string[][];
    // Rows are numbered as a spreadsheet shows them (a quoted value may span several lines of text).
    return { kind: "table", lines: records.map((cells, index) => ({ line: index + 1, cells })), delimiter };
  } catch (error) {
    if (error instanceof CsvError) return { kind: "malformed", line: (error as CsvError & { lines?: number }).lines ?? 1 };
    throw error;
  }
}
