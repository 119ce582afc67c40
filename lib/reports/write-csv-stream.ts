/** Writes one export table as CSV, batch by batch: UTF-8 with a byte-order mark so spreadsheets read accents right. */
import { stringify } from "csv-stringify/sync";
import { byteStream } from "./byte-stream";
import { csvCell, type ExportTable, type HeaderOf, keyAsHeader } from "./tabular";

async function* csvChunks(table: ExportTable, headerOf: HeaderOf): AsyncGenerator<string> {
  yield `\uFEFF${stringify([table.columns.map(headerOf)])}`;
  for await (const batch of table.batches) {
    yield stringify(batch.map((row) => table.columns.map((column) => csvCell(column, row[column.key]))));
  }
}

export function csvStream(table: ExportTable, headerOf: HeaderOf = keyAsHeader): ReadableStream<Uint8Array> {
  return byteStream(csvChunks(table, headerOf));
}
