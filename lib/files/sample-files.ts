/**
 * Small but real files of every kind evidence may be, and of kinds it may not, made in memory for the tests
 * (unit, integration and browser), so no binary fixture has to be kept in the repository.
 */
import * as CFB from "cfb";

const text = (value: string) => new Uint8Array(Buffer.from(value, "latin1"));

/** A one-page PDF that readers open. */
export function samplePdf(note = "Decree establishing the national SPF working group"): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${note.length + 30} >>\nstream\nBT /F1 12 Tf 20 100 Td (${note}) Tj ET\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return text(body);
}

/** A 1×1 PNG. */
export function samplePng(): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    ),
  );
}

function zip(entries: Record<string, string>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(entries)) CFB.utils.cfb_add(container, name, Buffer.from(content, "utf8"));
  return new Uint8Array(CFB.write(container, { fileType: "zip", type: "buffer" }) as Buffer);
}

const contentTypes = (part: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="${part}" ContentType="${type}"/></Types>`;

/** A Word (Office Open XML) document. */
export function sampleDocx(): Uint8Array {
  return zip({
    "[Content_Types].xml": contentTypes(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
    "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
  });
}

/** An Excel (Office Open XML) workbook. */
export function sampleXlsx(): Uint8Array {
  return zip({
    "[Content_Types].xml": contentTypes("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
  });
}

/** A Word document with macros, which evidence refuses. */
export function sampleDocm(): Uint8Array {
  return zip({
    "[Content_Types].xml": contentTypes("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
  });
}

/** An Office 97–2003 file whose main stream is `stream` ("WordDocument", "Workbook", "PowerPoint Document"). */
export function sampleLegacyOffice(stream: string): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, stream, Buffer.alloc(4096, 1));
  return new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
}

/** A Windows program: what a disguised upload would really be. */
export function sampleExecutable(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set(text("MZ"), 0);
  bytes.set([0x80, 0, 0, 0], 0x3c);
  bytes.set(text("PE\0\0"), 0x80);
  return bytes;
}

/** A web page, which a browser would run if it were served as one. */
export function sampleHtml(): Uint8Array {
  return text("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
}

/** Any number of bytes that start like a PDF: for the size limit. */
export function pdfOfSize(byteSize: number): Uint8Array {
  const bytes = new Uint8Array(byteSize);
  bytes.set(samplePdf());
  return bytes;
}
