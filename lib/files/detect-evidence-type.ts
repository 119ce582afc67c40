/**
 * Tells what an uploaded evidence file really is from its bytes, never from its name or what the browser
 * claims, and accepts only the kinds working groups file as evidence: PDF, Word, Excel, PowerPoint (the
 * Office 97–2003 formats and Office Open XML), and pictures.
 */
import "server-only";
import * as CFB from "cfb";
import { fileTypeFromBuffer } from "file-type";
import { fileNameText } from "@/lib/validation/text-characters";

export type EvidenceType = { contentType: string; extension: string };

/** What file-type reports, mapped to what Socle stores and serves. Macro-enabled Office files are left out. */
const accepted: Record<string, EvidenceType> = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  ppsx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.slideshow", extension: "ppsx" },
  png: { contentType: "image/png", extension: "png" },
  jpg: { contentType: "image/jpeg", extension: "jpg" },
  gif: { contentType: "image/gif", extension: "gif" },
  webp: { contentType: "image/webp", extension: "webp" },
  tif: { contentType: "image/tiff", extension: "tif" },
  bmp: { contentType: "image/bmp", extension: "bmp" },
  heic: { contentType: "image/heic", extension: "heic" },
  avif: { contentType: "image/avif", extension: "avif" },
};

/** Office 97–2003 documents share one container format (CFB); the stream inside says which program wrote it. */
const legacyOffice: { stream: string; type: EvidenceType }[] = [
  { stream: "WordDocument", type: { contentType: "application/msword", extension: "doc" } },
  { stream: "Workbook", type: { contentType: "application/vnd.ms-excel", extension: "xls" } },
  { stream: "Book", type: { contentType: "application/vnd.ms-excel", extension: "xls" } },
  { stream: "PowerPoint Document", type: { contentType: "application/vnd.ms-powerpoint", extension: "ppt" } },
];

function detectLegacyOffice(bytes: Uint8Array): EvidenceType | null {
  try {
    const container = CFB.read(bytes, { type: "buffer" });
    const streams = new Set(container.FileIndex.filter((entry) => entry.type === 2).map((entry) => entry.name));
    return legacyOffice.find((candidate) => streams.has(candidate.stream))?.type ?? null;
  } catch {
    return null; // a damaged container is not evidence anyone can open
  }
}

/** The accepted type of these bytes, or null when they are not one of the accepted kinds. */
export async function detectEvidenceType(bytes: Uint8Array): Promise<EvidenceType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  if (detected.ext === "cfb") return detectLegacyOffice(bytes);
  return accepted[detected.ext] ?? null;
}

/**
 * A name safe to offer for download: no path, no control or bidirectional characters, and ending with the extension of the
 * detected type, so that "report.exe" holding a PDF is saved as "report.exe.pdf".
 */
export function downloadName(originalName: string, extension: string): string {
  const base = fileNameText(originalName)
    .split(/[\\/]/)
    .pop()!
    .replace(/"/g, "")
    .trim()
    .slice(0, 180);
  const name = base || "evidence";
  return name.toLowerCase().endsWith(`.${extension}`) || (extension === "jpg" && /\.jpe?g$/i.test(name)) ? name : `${name}.${extension}`;
}

export function extensionOf(contentType: string): string {
  const known = [...Object.values(accepted), ...legacyOffice.map((candidate) => candidate.type)].find(
    (type) => type.contentType === contentType,
  );
  return known?.extension ?? "bin";
}
