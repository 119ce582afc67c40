/**
 * The few pieces Socle's Word documents are made of, written with `docx` (decision 2060): headings that Word's
 * navigation pane lists, plain paragraphs, bullet lists, tables with a caption and a header row repeated on each page,
 * and the document itself in its reader's language. Styles are Word's own (Heading 1–4, List Paragraph, Table
 * Grid-like borders), so a ministry restyles the whole document with its own template.
 */
import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Locale } from "@/lib/i18n/locales";
import { wordLanguages } from "./words";

export type Block = Paragraph | Table;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

/** A heading Word lists in its navigation pane; `newPage` starts it on a page of its own (one report per page). */
export function heading(text: string, level: keyof typeof headingLevels, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: headingLevels[level], pageBreakBefore: options.newPage, keepNext: true, children: [new TextRun(text)] });
}

export type Tone = "plain" | "muted" | "small";

const textRun = (text: string, tone: Tone, breakBefore = false, locale?: Locale) =>
  new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    color: tone === "plain" ? undefined : "475569",
    size: tone === "small" ? 18 : undefined,
    language: locale ? { value: wordLanguages[locale] } : undefined,
  });

/**
 * A paragraph of text, or of runs and links; a text with line breaks keeps them (a narrative as it was typed). A text
 * in another language than the document's (a narrative in its working group's) is proofed in its own.
 */
export function paragraph(content: string | ParagraphChild[], tone: Tone = "plain", locale?: Locale): Paragraph {
  if (typeof content !== "string") return new Paragraph({ children: content });
  return new Paragraph({ children: content.split(/\r?\n/).map((line, index) => textRun(line, tone, index > 0, locale)) });
}

/** A run of text, muted or small, to mix with others in a paragraph or a list item. */
export function run(text: string, tone: Tone = "plain"): TextRun {
  return textRun(text, tone);
}

/** A link Word opens, only for a web address: anything else (a path inside Socle, another scheme) stays text. */
export function link(text: string, url: string): ParagraphChild {
  if (!/^https?:\/\//i.test(url)) return new TextRun(text);
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: "Hyperlink" })] });
}

/** A bullet list; an item may carry sub-items (evidence under a milestone). */
export type ListItem = string | ParagraphChild[] | { content: string | ParagraphChild[]; items: (string | ParagraphChild[])[] };

export function bulletList(items: ListItem[]): Paragraph[] {
  const bullet = (content: string | ParagraphChild[], level: number) =>
    new Paragraph({ bullet: { level }, children: typeof content === "string" ? [new TextRun(content)] : content });
  return items.flatMap((item) =>
    typeof item === "object" && "items" in item ? [bullet(item.content, 0), ...item.items.map((sub) => bullet(sub, 1))] : [bullet(item, 0)],
  );
}

/** "Label: value" lines, as the pages' facts (region, status, framework). */
export function facts(pairs: [label: string, value: string][]): Paragraph[] {
  return pairs.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, color: "475569" }), new TextRun(value)] }));
}

export type Column = { label: string; numeric?: boolean };
/** A cell's text; several lines (an amount per currency) as a list of them. */
export type Cell = string | string[];

const border = { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cellOf(cell: Cell, column: Column, header: boolean): TableCell {
  const lines = typeof cell === "string" ? [cell] : cell.length ? cell : [""];
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) => new Paragraph({ alignment: column.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: header })] }),
    ),
  });
}

/**
 * A table of the rows a page's table shows, under its caption; the header row repeats on each page and a row never
 * splits across two. Charts go to Word as such tables: their figures, which a reader edits and restyles.
 */
export function table(caption: string | null, columns: Column[], rows: Cell[][]): Block[] {
  return [
    // The page's caption names the table for a screen reader; under a heading of the same words Word needs none.
    ...(caption ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: caption, italics: true, color: "475569", size: 18 })] })] : []),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column) => cellOf(column.label, column, true)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((column, index) => cellOf(row[index] ?? "", column, false)) })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

export type DocumentParts = {
  title: string;
  /** Who the document was prepared for, and when: its footer and its properties. */
  footer: string;
  creator: string;
  locale: Locale;
  blocks: Block[];
};

/** The .docx file: A4, the text proofed in the reader's language, Word's own heading styles, the footer on each page. */
export async function writeDocument(parts: DocumentParts): Promise<Uint8Array> {
  const language = { value: wordLanguages[parts.locale] };
  const document = new Document({
    title: parts.title,
    creator: parts.creator,
    description: parts.footer,
    styles: { default: { document: { run: { font: "Calibri", size: 21, language } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: parts.footer, size: 16, color: "475569" })] })] }) },
        children: parts.blocks,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
