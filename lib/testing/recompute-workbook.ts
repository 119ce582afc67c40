/**
 * For tests only: reads an XLSX back from its bytes and recomputes every formula with HyperFormula, as a spreadsheet
 * would on opening it. HyperFormula is GPL-3.0 (or commercial): a devDependency used by tests and never shipped
 * (decision 1830); no module outside tests may import it.
 */
import ExcelJS from "exceljs";
import { type CellValue, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";

export type RecomputedWorkbook = {
  /** The workbook as exceljs read it back: formulas, cached results, names. */
  read: ExcelJS.Workbook;
  /** The recomputed value of a cell ("B12"), a blank as null. */
  value: (sheet: string, address: string) => CellValue;
  /** Every cell whose recomputed value is an error (#DIV/0!, #VALUE!, #NAME?…), as "Sheet!A1 #DIV/0!". */
  errors: () => string[];
  /** Sets an input cell and recomputes, as a ministry changing a figure would. */
  change: (sheet: string, address: string, content: RawCellContent) => void;
};

/** A cell as HyperFormula takes it: a formula with its "=", a figure, text; a merged cell's copy of its master left out. */
function rawContent(cell: ExcelJS.Cell): RawCellContent {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // Text stays text, as a spreadsheet keeps a cell stored as text: HyperFormula would read "1e9" as a number
  // unless an apostrophe says it is text (it takes that one off; a neutralised text keeps its own).
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "object" && "formula" in value) return `=${value.formula}`;
  if (typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("");
  throw new Error(`A cell the costing workbook does not write: ${cell.address} ${JSON.stringify(value)}`);
}

function addressOf(hf: HyperFormula, sheet: string, address: string) {
  const sheetId = hf.getSheetId(sheet);
  if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
  const cell = hf.simpleCellAddressFromString(address, sheetId);
  if (!cell) throw new Error(`Not an address: ${address}`);
  return cell;
}

export async function recomputeWorkbook(bytes: ArrayBuffer | Buffer): Promise<RecomputedWorkbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of read.worksheets) {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = rawContent(cell);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  }
  const namedExpressions = read.definedNames.model.map(({ name, ranges }) => {
    if (ranges.length !== 1) throw new Error(`The name ${name} refers to ${ranges.length} ranges`);
    return { name, expression: `=${ranges[0]}` };
  });
  // No rounding of the output (HyperFormula's default shows 10 significant digits): the test wants the figure itself.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false }, namedExpressions);

  return {
    read,
    value: (sheet, address) => hf.getCellValue(addressOf(hf, sheet, address)),
    errors: () =>
      hf.getSheetNames().flatMap((sheet) =>
        hf.getSheetValues(hf.getSheetId(sheet)!).flatMap((row, rowIndex) =>
          row.flatMap((value, column) => {
            if (!(value instanceof DetailedCellError)) return [];
            const address = hf.simpleCellAddressToString({ sheet: hf.getSheetId(sheet)!, row: rowIndex, col: column }, hf.getSheetId(sheet)!);
            return [`${sheet}!${address} ${value.value}`];
          }),
        ),
      ),
    change: (sheet, address, content) => {
      hf.setCellContents(addressOf(hf, sheet, address), [[content]]);
    },
  };
}
