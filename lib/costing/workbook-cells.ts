/**
 * Cells of the costing workbook: figures as numbers, text people typed neutralised, formulas with the model's
 * result cached so a spreadsheet shows the figures before it recalculates, and references that survive any name.
 */
import type ExcelJS from "exceljs";
import { neutraliseText } from "@/lib/reports/neutralise";
import { fileNameText, xmlLegalText } from "@/lib/validation/text-characters";
import { readFigure } from "./decimal";
import type { Figure } from "./types";

/** Text typed by people or translated, as a cell holds it: never run as a formula, always writable as XML. */
export function textCell(text: string | null | undefined): string | null {
  return text ? xmlLegalText(neutraliseText(text)) : null;
}

/**
 * A figure as a number, so formulas compute with it; a missing one stays an empty cell and one that is not a
 * number is kept as text, which the formulas' ISNUMBER guards leave out as the model does (decision 1830).
 * A spreadsheet holds 15 significant digits: enough for every population, amount and rate a costing has.
 */
export function figureCell(figure: Figure): number | string | null {
  const read = readFigure(figure);
  if (read.kind === "missing") return null;
  return read.kind === "value" ? read.value.toNumber() : textCell(figure);
}

/** A formula and its cached result: the model's figure, or empty text where the model gives none. */
export function formulaCell(formula: string, result: string | boolean | null): ExcelJS.CellFormulaValue {
  return { formula, result: result === null ? "" : typeof result === "boolean" ? result : Number(result), date1904: false };
}

/** A sheet's name as a formula or a defined name refers to it: always quoted, its apostrophes doubled. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const sheetNameLength = 31;

/**
 * Names exceljs writes unquoted in a defined name (letters and digits only) that a spreadsheet would read as
 * something else there: a number ("2030"), a cell ("AB12", "R1C1"), a truth value. Any digit is enough to refuse.
 */
const readAsReference = (name: string) => /^[a-z0-9]+$/i.test(name) && (/\d/.test(name) || /^(r|c|true|false)$/i.test(name));

/**
 * A sheet name spreadsheets accept, unique in the workbook whatever the case: without \ / ? * : [ ], at most 31
 * characters, numbered " (2)" when the name is taken. A name with nothing left is `fallback` ("Scenario 6"); one a
 * reference could be mistaken for follows it in brackets ("Scenario 6 (2030)"). An apostrophe becomes a typographic
 * one: exceljs writes defined names on a sheet without doubling it.
 */
export function uniqueSheetName(wanted: string, fallback: string, taken: Set<string>): string {
  const cleaned = fileNameText(xmlLegalText(wanted))
    .replace(/[\\/?*:[\]]/g, " ")
    .replace(/'/g, "\u2019")
    .replace(/\s+/g, " ")
    .trim();
  const safe = cleaned === "" ? fallback : readAsReference(cleaned) ? `${fallback} (${cleaned})` : cleaned;
  const base = safe.slice(0, sheetNameLength).trim();
  let name = base;
  for (let number = 2; taken.has(name.toLowerCase()); number += 1) {
    const suffix = ` (${number})`;
    name = `${base.slice(0, sheetNameLength - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** A1 notation of a column, 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** An absolute reference to one cell of another sheet. */
export function absolute(sheet: string, column: number, row: number): string {
  return `${sheetReference(sheet)}!$${columnLetter(column)}$${row}`;
}

/** Display formats only: the figures themselves are never rounded (decision 1800). */
export const formats = {
  year: "0",
  persons: "#,##0",
  amount: "#,##0",
  amountWithCents: "#,##0.00",
  share: "0.00%",
  rate: "0.00%",
  index: "0.0000",
} as const;

/** Bold headers that wrap, as every export writes them. */
export function headerRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
}
