/**
 * Writes export tables as one XLSX workbook, one sheet per table, with exceljs's streaming writer: rows are
 * committed as they come and shared strings are off, so memory holds a batch, not the file. Headers are bold
 * and frozen; dates carry a date format; amounts and counts are numbers.
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { xmlLegalText } from "@/lib/validation/text-characters";
import { type ExportTable, type HeaderOf, keyAsHeader, xlsxCell } from "./tabular";

const formats: Partial<Record<string, string>> = { date: "yyyy-mm-dd", timestamp: "yyyy-mm-dd hh:mm" };
/** The style of every cell without a number format (exceljs's default); never changed, only shared. */
const unstyled = Object.freeze({});

async function writeWorkbook(tables: ExportTable[], headerOf: HeaderOf, output: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Socle";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(xmlLegalText(table.name).slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({ key: column.key, width: column.width ?? Math.max(12, headerOf(column).length + 4) }));
    const header = sheet.addRow(table.columns.map((column) => xmlLegalText(headerOf(column))));
    header.font = { bold: true };
    header.commit();
    // One style object per column, shared by its cells: exceljs caches a style's number by object, so a shared one is
    // worked out once per sheet, where a cell's own copy was rendered and looked up again for every cell.
    const formatted = table.columns.map((column) => {
      const format = formats[column.type];
      return format ? { numFmt: format } : null;
    });
    for await (const batch of table.batches) {
      for (const values of batch) {
        const row = sheet.addRow(table.columns.map((column) => xlsxCell(column, values[column.key])));
        table.columns.forEach((column, index) => {
          const style = formatted[index];
          row.getCell(index + 1).style = style && values[column.key] ? style : unstyled;
        });
        row.commit();
      }
      // The reader is slower than the database: wait for it rather than buffer the file.
      if (output.writableNeedDrain) await once(output, "drain");
    }
    sheet.commit();
  }
  await workbook.commit();
}

export function xlsxStream(tables: ExportTable[], headerOf: HeaderOf = keyAsHeader): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  writeWorkbook(tables, headerOf, output).catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
