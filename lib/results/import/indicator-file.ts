/**
 * What both readers of indicator values share (decision 1910): the rows they give, why a row is skipped, and the
 * reading of a file's text, years, values and sexes. Pure: no database; the plan decides what a row changes.
 */
import { Decimal, figureText } from "@/lib/costing/decimal";
import { readCsvTable, type TableLine } from "@/lib/imports/csv-table";
import { indicatorImportLimits } from "@/lib/imports/import-limits";
import type { MessageKey } from "@/lib/i18n/message-key";
import { withValues } from "@/lib/validation/zod";
import { invalid } from "@/lib/errors";

export type IndicatorUnit = "percent" | "persons" | "thousand_persons" | "number";
export type ValueSex = "total" | "female" | "male";
/**
 * An indicator a file's rows may name: the catalogue's SDG and flagship entries by code, and the country's national
 * ones by code or by their names (`names`: only national indicators bring them).
 */
export type KnownIndicator = { code: string; unit: IndicatorUnit; names?: string[] };

export type IndicatorFileLayout = "open_sdg" | "ilostat" | "ilostat_ddf" | "ilostat_labels";

export type MappedRow = {
  line: number;
  countryCode: string;
  indicatorCode: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  sex: ValueSex;
  /** Plain decimal text, never a float. */
  value: string;
  source: string;
  note: string | null;
  obsStatus: string | null;
};

export const skipReasons = [
  "seriesMissing",
  "unknownSeries",
  "disaggregated",
  "unknownSex",
  "unitMismatch",
  "unitMultiplier",
  "labelLayout",
  "unknownCountry",
  "unreliable",
  "periodUnreadable",
  "valueMissing",
  "valueNotNumber",
  "valueOutOfRange",
  "duplicate",
  // Decided by the plan, which reads Socle's records.
  "otherCountry",
  "countryNotInSocle",
  "sexNotBrokenDown",
  "rowInvalid",
  "unchanged",
] as const;
export type SkipReason = (typeof skipReasons)[number];
/** A row the file holds but Socle does not take, with why (a catalogue key) and what in the row says so. */
export type SkippedRow = { line: number; skip: MessageKey; detail: string | null };
export type IndicatorFileRow = MappedRow | SkippedRow;
export type IndicatorFile = { layout: IndicatorFileLayout; rows: IndicatorFileRow[] };

export const skipKey = (reason: SkipReason): MessageKey => `indicatorImport.skip.${reason}`;
export const skipped = (line: number, reason: SkipReason, detail: string | null = null): SkippedRow => ({ line, skip: skipKey(reason), detail });
export const isSkipped = (row: IndicatorFileRow): row is SkippedRow => "skip" in row;

export const fileProblem = (key: MessageKey, values?: Record<string, unknown>) => invalid({ file: values ? withValues(key, values) : key });

/**
 * The file's lines, its header first: checked for size before decoding, and no more rows parsed than allowed
 * (one more, to say there are too many), so a large file costs its limit, not its length.
 */
export function readIndicatorTable(bytes: Uint8Array): { header: string[]; body: TableLine[]; delimiter: "," | ";" } {
  if (bytes.byteLength === 0) throw fileProblem("import.fileEmpty");
  if (bytes.byteLength > indicatorImportLimits.maxBytes) throw fileProblem("import.fileTooLarge", { maximum: indicatorImportLimits.maxBytes / 1024 / 1024 });
  if (bytes.includes(0)) throw fileProblem("import.unreadable");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem("import.notUtf8");
  }
  const table = readCsvTable(text, indicatorImportLimits.maxRows + 2);
  if (table.kind === "malformed") throw fileProblem("import.csvMalformed", { line: table.line });
  const [header, ...lines] = table.lines;
  if (!header || header.cells.every((cell) => cell.trim() === "")) throw fileProblem("import.fileEmpty");
  const body = lines.filter((line) => line.cells.some((cell) => cell.trim() !== ""));
  if (body.length === 0) throw fileProblem("import.noRows");
  if (body.length > indicatorImportLimits.maxRows) throw fileProblem("import.tooManyRows", { maximum: indicatorImportLimits.maxRows });
  return { header: header.cells.map((cell) => cell.trim()), body, delimiter: table.delimiter };
}

export type Period = { period: string; periodStart: string; periodEnd: string };

/**
 * A calendar year ("2020") or a fiscal year over two ("2016/17", "2016-2017"). Open SDG documents no convention for
 * the months a fiscal year covers, so its dates span both calendar years; the label is kept as written.
 */
export function readPeriod(text: string): Period | null {
  const year = /^(\d{4})$/.exec(text);
  if (year) return { period: text, periodStart: `${year[1]}-01-01`, periodEnd: `${year[1]}-12-31` };
  const fiscal = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (!fiscal) return null;
  const first = Number(fiscal[1]);
  const second = fiscal[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(fiscal[2]) : Number(fiscal[2]);
  if (second !== first + 1) return null;
  return { period: `${first}/${String(second).slice(-2)}`, periodStart: `${first}-01-01`, periodEnd: `${second}-12-31` };
}

/** What the stored column (numeric(20,4)) holds: at most 16 digits before the point and 4 after, never rounded. */
const storable = /^-?\d{1,16}(\.\d{1,4})?$/;

/** A value as plain decimal text ("55.50" reads "55.5"), or why it cannot be one. Percentages lie within 0–100. */
export function readValue(text: string, unit: IndicatorUnit): { value: string } | { reason: SkipReason } {
  if (text === "") return { reason: "valueMissing" };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { reason: "valueNotNumber" };
  const value = figureText(new Decimal(text));
  if (!storable.test(value)) return { reason: "valueOutOfRange" };
  if (unit === "percent" && (value.startsWith("-") || new Decimal(value).gt(100))) return { reason: "valueOutOfRange" };
  return { value };
}

const sexNames: Record<string, ValueSex> = Object.fromEntries([
  ...["", "total", "t", "_t", "sex_t", "both sexes", "both"].map((name) => [name, "total"]),
  ...["female", "f", "women", "sex_f"].map((name) => [name, "female"]),
  ...["male", "m", "men", "sex_m"].map((name) => [name, "male"]),
]);
/** ILOSTAT's SEX_T/SEX_F/SEX_M (any case) and the words Open SDG sites write; other values are not taken. */
export const readSex = (text: string): ValueSex | undefined => sexNames[text.trim().toLowerCase()];

/**
 * The later of two rows for the same country, indicator, period and sex is skipped: the file says two things
 * about one value, and the first is the one kept.
 */
export function withoutDuplicates(rows: IndicatorFileRow[]): IndicatorFileRow[] {
  const first = new Map<string, number>();
  return rows.map((row) => {
    if (isSkipped(row)) return row;
    const key = [row.countryCode, row.indicatorCode, row.period, row.sex].join("|");
    const line = first.get(key);
    if (line !== undefined) return skipped(row.line, "duplicate", String(line));
    first.set(key, row.line);
    return row;
  });
}
