/**
 * For tests only: opens a .docx as Word would find it (a zip of XML parts, read with JSZip, which docx itself writes
 * with) and gives its paragraphs in order with their style (Heading1…, ListParagraph), their text, and the
 * language the document is proofed in.
 */
import JSZip from "jszip";

/** A paragraph: its style, its text, and the language its first run is proofed in when it names one. */
export type DocxParagraph = { style: string | null; text: string; lang: string | null };

export type OpenedDocx = {
  paragraphs: DocxParagraph[];
  /** Every paragraph's text, one a line: what a search of the document finds. */
  text: string;
  /** The headings of one level ("Heading2"), in order. */
  headings: (level: 1 | 2 | 3 | 4) => string[];
  /** `w:lang` of the document's default run properties ("fr-FR"). */
  language: string | null;
  /** The document's properties (docProps/core.xml), as XML. */
  properties: string;
  /** Every part of the zip, as text: what a no-leaks search reads, footers and properties included. */
  everyPart: string;
};

const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };
const unescape = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (entity) => entities[entity]!);

export async function readDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`The document has no ${name}`);
    return file.async("string");
  };
  const [document, styles, properties] = await Promise.all([part("word/document.xml"), part("word/styles.xml"), part("docProps/core.xml")]);
  // Paragraphs never nest (a table's cells hold paragraphs of their own), so each <w:p> runs to the next </w:p>.
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
    text: unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => match[1] ?? "\n").join("")),
    lang: /<w:lang w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
  }));
  const everyPart = (await Promise.all(Object.values(zip.files).filter((file) => !file.dir).map((file) => file.async("string")))).join("\n");
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
  return {
    paragraphs,
    text: paragraphs.map((paragraph) => paragraph.text).join("\n"),
    headings: (level) => paragraphs.filter((paragraph) => paragraph.style === `Heading${level}`).map((paragraph) => paragraph.text),
    language: /<w:lang w:val="([^"]+)"/.exec(defaults)?.[1] ?? null,
    properties,
    everyPart,
  };
}
