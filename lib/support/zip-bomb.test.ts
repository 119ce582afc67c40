/** A zip bomb through the support import: an XLSX whose sheet unpacks far beyond what its central directory declares. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { exchangeColumns } from "./exchange-format";
import { importLimits } from "@/lib/imports/import-limits";
import { declaredUnpackedSize } from "@/lib/imports/read-import-file";
import { readExchangeFile } from "./read-exchange-file";

/** Sets an entry's declared uncompressed size, in its local header and in the central directory, to `size`. */
function declareSize(zip: Buffer, entryName: string, size: number): void {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = zip.readUInt32LE(end + 16);
  for (let index = 0; index < zip.readUInt16LE(end + 10); index++) {
    const nameLength = zip.readUInt16LE(entry + 28);
    if (zip.toString("utf8", entry + 46, entry + 46 + nameLength) === entryName) {
      zip.writeUInt32LE(size, entry + 24);
      zip.writeUInt32LE(size, zip.readUInt32LE(entry + 42) + 22);
    }
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
}

/** A real XLSX of the exchange shape whose sheet XML is padded to `unpackedBytes`; a liar declares 1,000 bytes. */
async function paddedXlsx(unpackedBytes: number, { liar }: { liar: boolean }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("support").addRow([...exchangeColumns]);
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const padded = sheet.replace("<sheetData>", `<sheetData>${" ".repeat(unpackedBytes - sheet.length)}`);
  zip.file("xl/worksheets/sheet1.xml", padded);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  if (liar) declareSize(bytes, "xl/worksheets/sheet1.xml", 1000);
  return new Uint8Array(bytes);
}

describe("the support import's unpacked-size limit", () => {
  it("stops a small XLSX whose sheet inflates past the limit, whatever its zip declares", async () => {
    const bomb = await paddedXlsx(importLimits.maxUnpackedBytes + 10 * 1024 * 1024, { liar: true });
    expect(bomb.byteLength).toBeLessThan(importLimits.maxBytes);
    expect(declaredUnpackedSize(bomb)).toBeLessThan(importLimits.maxUnpackedBytes);
    await expect(readExchangeFile(bomb)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { file: `import.unpacksTooLarge?maximum=${importLimits.maxUnpackedBytes / 1024 / 1024}` },
    });
  }, 30_000);

  it("still reads an honest XLSX that unpacks to a few megabytes", async () => {
    const file = await paddedXlsx(5 * 1024 * 1024, { liar: false });
    await expect(readExchangeFile(file)).rejects.toMatchObject({ fieldErrors: { file: "import.noRows" } });
  });
});
