/**
 * The demo's evidence files: small but real documents (a PDF that readers open, a Word document), written in
 * memory from a title and a few lines, so the dataset needs no binary file in the repository.
 */
import * as CFB from "cfb";

/** Helvetica in a PDF speaks WinAnsi: letters outside Latin-1 are spelled without their accents. */
function pdfText(value: string): string {
  const latin = value
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .normalize("NFC")
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, (character) => character.normalize("NFD").replace(/[^\u0020-\u007e]/g, "") || "?");
  return latin.replace(/[\\()]/g, (character) => `\\${character}`);
}

/** Wraps a paragraph at about `width` characters. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A one-page A4 PDF: a heading, then paragraphs. */
export function demoPdf(heading: string, paragraphs: string[]): Buffer {
  const lines = paragraphs.flatMap((paragraph) => [...wrap(paragraph, 88), ""]);
  const [firstHeading, ...moreHeading] = wrap(heading, 62);
  const content = [
    "BT",
    "/F2 14 Tf 56 780 Td 18 TL",
    `(${pdfText(firstHeading ?? "")}) Tj`,
    ...moreHeading.map((line) => `(${pdfText(line)}) '`),
    "/F1 10 Tf 0 -28 Td 14 TL",
    `(${pdfText(lines[0] ?? "")}) Tj`,
    ...lines.slice(1, 48).map((line) => `(${pdfText(line)}) '`),
    "ET",
  ].join("\n");
  const stream = Buffer.from(content, "latin1");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Word document (Office Open XML) with a heading and paragraphs: minutes, terms of reference. */
export function demoDocx(heading: string, paragraphs: string[]): Buffer {
  const paragraph = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/document.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      paragraph(heading, true) +
      paragraphs.map((text) => paragraph(text)).join("") +
      `</w:body></w:document>`,
  };
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(parts)) CFB.utils.cfb_add(container, name, Buffer.from(content, "utf8"));
  return CFB.write(container, { fileType: "zip", type: "buffer" }) as Buffer;
}
