/**
 * The SQL pieces of full-text search (decision 0502): a query matched in every configuration the documents were
 * indexed with, and highlighted excerpts marked with two private-use characters that no one types, so the page
 * renders them as <mark> without ever treating stored text as HTML.
 */
import { type SQL, sql } from "drizzle-orm";
import type { SearchConfiguration } from "@/db/schema/text-search";
import type { Locale } from "@/db/schema/values";

export const markStart = "\uE000";
export const markEnd = "\uE001";

/** What people type, as one tsquery: the union of websearch_to_tsquery in each configuration. */
export function textQuery(typed: string): SQL {
  return sql`(websearch_to_tsquery('simple', ${typed}) || websearch_to_tsquery('english', ${typed}) || websearch_to_tsquery('french', ${typed}) || websearch_to_tsquery('spanish', ${typed}) || websearch_to_tsquery('portuguese', ${typed}))`;
}

export const configurationOf: Record<Locale, SearchConfiguration> = { en: "english", fr: "french", es: "spanish", pt: "portuguese" };

const excerptOptions = `StartSel=${markStart}, StopSel=${markEnd}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const wholeOptions = `StartSel=${markStart}, StopSel=${markEnd}, HighlightAll=true`;

/**
 * The highlighted excerpt of `text`, parsed with `configuration` (the text's language when known, else the
 * reader's). Its stems and exact words match the query; other languages' stems may go unmarked, never unfound.
 */
export function excerpt(configuration: SearchConfiguration | SQL, text: SQL, typed: string, whole = false): SQL<string> {
  const config = typeof configuration === "string" ? sql.raw(`'${configuration}'::regconfig`) : configuration;
  return sql<string>`ts_headline(${config}, ${text}, ${textQuery(typed)}, ${whole ? wholeOptions : excerptOptions})`;
}

/** Splits a marked excerpt into plain and matched parts, for rendering. */
export function markedParts(marked: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [index, piece] of marked.split(markStart).entries()) {
    if (index === 0) {
      if (piece) parts.push({ text: piece.replaceAll(markEnd, ""), match: false });
      continue;
    }
    const end = piece.indexOf(markEnd);
    const matched = end === -1 ? piece : piece.slice(0, end);
    const rest = end === -1 ? "" : piece.slice(end + 1).replaceAll(markEnd, "");
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
