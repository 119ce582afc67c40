/**
 * The accepted reports of a round as Word documents (decision 2060): one country's report, or the round's, with a
 * table of the reports it holds and then each accepted report the reader may read, from a page of its own. Both are
 * written from the outline the print pages draw (round-report-outline.ts), so the Word document and the PDF agree.
 */
import "server-only";
import type { AcceptedReport, AcceptedRound } from "@/lib/reports/accepted-reports";
import { acceptedReportOutline, type ReportOutline, roundOutline } from "@/lib/reports/round-report-outline";
import { type Block, facts, heading, paragraph, table, writeDocument } from "./builders";
import type { DocumentWords } from "./words";

export type Prepared = { by: string; on: Date };

function outlineBlocks(outline: ReportOutline, level: 1 | 2, newPage: boolean): Block[] {
  const sectionLevel = level === 1 ? 2 : 3;
  return [
    heading(outline.title, level, { newPage }),
    ...facts(outline.facts),
    ...outline.notes.map((note) => paragraph(note, "muted")),
    ...outline.sections.flatMap((section) => [
      heading(section.title, sectionLevel),
      ...section.paragraphs.map((text) => paragraph(text, "plain", section.lang ?? undefined)),
      ...(section.table ? table(null, section.table.columns, section.table.rows) : []),
      ...(section.empty ? [paragraph(section.empty, "muted")] : []),
    ]),
  ];
}

const footerOf = (title: string, words: DocumentWords, prepared: Prepared) =>
  `Socle · ${title} · ${words.t("reports.preparedBy", { date: words.day(prepared.on), name: prepared.by })}`;

/** One accepted country report of a round. */
export function acceptedReportDocx(accepted: AcceptedReport, words: DocumentWords, prepared: Prepared): Promise<Uint8Array> {
  const outline = acceptedReportOutline(accepted, words);
  return writeDocument({ title: outline.title, footer: footerOf(outline.title, words, prepared), creator: prepared.by, locale: words.locale, blocks: outlineBlocks(outline, 1, false) });
}

/** The round: its head and contents, then each accepted report from a new page. */
export function roundReportsDocx(accepted: AcceptedRound, words: DocumentWords, prepared: Prepared): Promise<Uint8Array> {
  const head = roundOutline(accepted, words);
  return writeDocument({
    title: head.title,
    footer: footerOf(head.title, words, prepared),
    creator: prepared.by,
    locale: words.locale,
    blocks: [
      heading(head.title, 1),
      ...facts(head.facts),
      ...head.notes.map((note) => paragraph(note, "muted")),
      heading(head.contentsTitle, 2),
      ...table(null, head.contents.columns, head.contents.rows),
      ...accepted.reports.flatMap((report) => outlineBlocks(acceptedReportOutline(report, words), 2, true)),
    ],
  });
}
