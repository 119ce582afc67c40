/** Reads an uploaded file of the support exchange shape (exchange-format.ts): its columns named by their keys, in any case. */
import { type FileRow, type ImportFile, readImportFile } from "@/lib/imports/read-import-file";
import { exchangeColumns, type ExchangeColumn, requiredColumns } from "./exchange-format";

export type ExchangeFileRow = FileRow<ExchangeColumn>;
export type ExchangeFile = ImportFile<ExchangeColumn>;

const known = new Set<string>(exchangeColumns);
const columnOf = (header: string) => (known.has(header.toLowerCase()) ? (header.toLowerCase() as ExchangeColumn) : undefined);

export function readExchangeFile(bytes: Uint8Array): Promise<ExchangeFile> {
  return readImportFile(bytes, { columnOf, required: requiredColumns });
}
