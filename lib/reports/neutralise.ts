/**
 * Formula injection: a spreadsheet runs a cell that begins with =, +, -, @ (or a tab or carriage return) as a
 * formula. Exports prefix such text with an apostrophe, which spreadsheets show as text; the bulk import takes
 * one apostrophe off again, so an exported file re-imports unchanged. Text that already begins with apostrophes
 * before such a character gets one more, so the round trip is exact for every text.
 */
const dangerous = /^'*[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return dangerous.test(text) ? `'${text}` : text;
}

/** The import's side: the text as it was before an export neutralised it. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && dangerous.test(text) ? text.slice(1) : text;
}
