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

/**
 * A CSV is also read by French, Spanish and Portuguese spreadsheets, which start a cell after every semicolon and a
 * row after every line break: the guard applies at each of those places too (quotes there open a cell, so they count).
 */
const csvDangerous = /(^|[;\n\r])(?='*"*[=+\-@\t\r])/g;
const csvNeutralised = /(^|[;\n\r])'(?='*"*[=+\-@\t\r])/g;

/** Where the guard may apply: a risky first character, or a semicolon or line break. Most text has neither, told cheaply. */
const csvMayNeedGuard = /^['"=+\-@\t\r]|[;\n\r]/;

export function neutraliseCsvText(text: string): string {
  return csvMayNeedGuard.test(text) ? text.replace(csvDangerous, "$1'") : text;
}

/** The CSV import's side: exact, since each guarded place gets one apostrophe and loses one. */
export function restoreNeutralisedCsv(text: string): string {
  return text.replace(csvNeutralised, "$1");
}
