/**
 * Reads population figures from CSV in a long layout like the UN World Population Prospects' (decision 1800): one
 * row per year, sex and age, with columns year, sex, age and population (persons) or population_thousands, named
 * in any of the four languages and in any order; other columns are ignored. Ages are single ("7"), groups ("80-84")
 * or an open top group ("80+"). Rows for both sexes together ("Both sexes", "total") are ignored and counted: the
 * model adds female and male itself. Client-safe: a form can check a file before it is sent.
 */
import { readCsvTable } from "@/lib/imports/csv-table";
import type { LibMessage } from "@/lib/i18n/message-key";
import { withValues } from "@/lib/validation/zod";
import { Decimal, figureText } from "./decimal";
import { maxPopulationAge, type PopulationFigure, type Sex } from "./types";

/**
 * Checked before the text is parsed: its length, then no more than `maxRows` rows are parsed. 10,000 rows hold
 * single ages 0–100+ for female, male and both sexes over 32 years (101 × 3 × 32 = 9,696).
 */
export const populationCsvLimits = { maxCharacters: 2 * 1024 * 1024, maxRows: 10_000 } as const;

export type PopulationColumn = "year" | "sex" | "age" | "population";
/** A problem of the file (line 1 or where it cannot be read, no column) or of one cell. */
export type PopulationCsvProblem = { line: number; column: PopulationColumn | null; message: LibMessage };
export type PopulationCsvResult = { rows: PopulationFigure[]; problems: PopulationCsvProblem[]; ignoredLines: number };

/** Lower case, without accents, spaces and underscores alike: "Année", "AgeGrp", "population (thousands)". */
const normalised = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase().replace(/[\s_]+/g, " ");

type HeaderColumn = PopulationColumn | "populationThousands";
/** The names a column is read by, as `normalised` writes them; the import page lists them. */
export const populationCsvColumnNames: Record<HeaderColumn, string[]> = {
  year: ["year", "time", "timelabel", "annee", "ano"],
  sex: ["sex", "sexe", "sexo"],
  age: ["age", "agegrp", "agelabel", "age group", "groupe d'age", "edad", "idade"],
  population: ["population", "value", "poblacion", "populacao"],
  populationThousands: ["population thousands", "population (thousands)", "population (milliers)", "poblacion (miles)", "populacao (milhares)"],
};
const headerNames: Record<string, HeaderColumn> = Object.fromEntries(
  Object.entries(populationCsvColumnNames).flatMap(([column, names]) => names.map((name) => [name, column as HeaderColumn])),
);

const sexNames: Record<string, Sex | "both"> = Object.fromEntries([
  ...["female", "f", "women", "femme", "femmes", "mujer", "mujeres", "mulher", "mulheres"].map((name) => [name, "female"]),
  ...["male", "m", "men", "h", "homme", "hommes", "hombre", "hombres", "homem", "homens"].map((name) => [name, "male"]),
  ...["both", "both sexes", "total", "t", "les deux sexes", "ensemble", "ambos sexos", "ambos os sexos"].map((name) => [name, "both"]),
]);

function ageOf(text: string): { ageFrom: number; ageTo: number | null } | "unreadable" | "order" {
  const single = /^(\d{1,3})$/.exec(text);
  if (single) return Number(single[1]) > maxPopulationAge ? "unreadable" : { ageFrom: Number(single[1]), ageTo: Number(single[1]) };
  const open = /^(\d{1,3})\s*\+$/.exec(text);
  if (open) return Number(open[1]) > maxPopulationAge ? "unreadable" : { ageFrom: Number(open[1]), ageTo: null };
  const group = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/.exec(text);
  if (!group) return "unreadable";
  const [from, to] = [Number(group[1]), Number(group[2])];
  if (to > maxPopulationAge) return "unreadable";
  return from > to ? "order" : { ageFrom: from, ageTo: to };
}

/**
 * Persons, as the stored column holds them (numeric(20,4)): at most 12 digits (a trillion persons is already no
 * country's), 4 decimals after a figure in thousands is multiplied out.
 */
const storablePopulation = /^\d{1,12}(\.\d{1,4})?$/;

/** Spaces group thousands ("2 393 000"); a comma is the decimal separator only in a semicolon file, as Excel saves it in French. */
function populationOf(text: string, delimiter: "," | ";", thousands: boolean): string | "unreadable" | "negative" | "range" {
  let plain = text.replace(/[\s\u00a0\u202f]/g, "");
  if (delimiter === ";") plain = plain.replace(/^(\d+),(\d+)$/, "$1.$2");
  if (/^-\d/.test(plain)) return "negative";
  if (!/^\d+(\.\d+)?$/.test(plain)) return "unreadable";
  const persons = figureText(thousands ? new Decimal(plain).times(1000) : new Decimal(plain));
  return storablePopulation.test(persons) ? persons : "range";
}

const fileProblem = (message: LibMessage, line = 1): PopulationCsvResult => ({ rows: [], problems: [{ line, column: null, message }], ignoredLines: 0 });

export function parsePopulationCsv(text: string): PopulationCsvResult {
  if (text.length > populationCsvLimits.maxCharacters) {
    return fileProblem(withValues("import.fileTooLarge", { maximum: populationCsvLimits.maxCharacters / 1024 / 1024 }));
  }
  if (text.trim() === "" || text.trim() === "\ufeff") return fileProblem("import.fileEmpty");
  const table = readCsvTable(text, populationCsvLimits.maxRows + 2);
  if (table.kind === "malformed") return fileProblem(withValues("import.csvMalformed", { line: table.line }), table.line);
  const [header, ...body] = table.lines;
  const columns = header!.cells.map((cell) => headerNames[normalised(cell)]);
  const thousands = columns.includes("populationThousands");
  const at = (column: HeaderColumn) => columns.indexOf(column);
  const missing = (["year", "sex", "age", "population"] as const).filter((column) => at(column) < 0 && !(column === "population" && thousands));
  if (missing.length) return fileProblem(withValues("import.missingColumns", { columns: missing.join(", ") }));
  const lines = body.filter((line) => line.cells.some((cell) => cell.trim() !== ""));
  if (lines.length === 0) return fileProblem("import.noRows");
  if (lines.length > populationCsvLimits.maxRows) return fileProblem(withValues("import.tooManyRows", { maximum: populationCsvLimits.maxRows }));

  const rows: (PopulationFigure & { line: number })[] = [];
  const problems: PopulationCsvProblem[] = [];
  let ignoredLines = 0;
  for (const { line, cells } of lines) {
    const cell = (column: HeaderColumn) => (cells[at(column)] ?? "").trim();
    const problem = (column: PopulationColumn, message: LibMessage) => problems.push({ line, column, message });
    const sex = sexNames[normalised(cell("sex"))];
    if (sex === "both") {
      ignoredLines++;
      continue;
    }
    const yearText = cell("year");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (year === null) problem("year", "costingRules.populationCsv.year");
    if (sex === undefined) problem("sex", "costingRules.populationCsv.sex");
    const age = ageOf(cell("age"));
    if (age === "unreadable") problem("age", withValues("costingRules.populationCsv.age", { maximum: maxPopulationAge }));
    if (age === "order") problem("age", "costingRules.populationCsv.ageOrder");
    const population = populationOf(cell(thousands ? "populationThousands" : "population"), table.delimiter, thousands);
    if (population === "unreadable") problem("population", "costingRules.populationCsv.population");
    if (population === "negative") problem("population", "costingRules.populationCsv.populationNegative");
    if (population === "range") problem("population", "costingRules.populationCsv.populationRange");
    if (year === null || sex === undefined || typeof age === "string" || population === "unreadable" || population === "negative" || population === "range") continue;
    rows.push({ line, year, sex, ...age, population });
  }
  problems.push(...overlapProblems(rows));
  problems.sort((a, b) => a.line - b.line);
  return { rows: rows.map(({ line: _line, ...row }) => row), problems, ignoredLines };
}

/** The same year, sex and ages twice, or groups sharing an age, would count persons twice: the later line is refused. */
function overlapProblems(rows: (PopulationFigure & { line: number })[]): PopulationCsvProblem[] {
  const groups = new Map<string, (PopulationFigure & { line: number })[]>();
  for (const row of rows) {
    const key = `${row.year}|${row.sex}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const problems: PopulationCsvProblem[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.ageFrom - b.ageFrom || a.line - b.line);
    let reach = group[0]!;
    for (const row of group.slice(1)) {
      if (reach.ageTo !== null && row.ageFrom > reach.ageTo) {
        reach = row;
        continue;
      }
      const [first, later] = reach.line < row.line ? [reach, row] : [row, reach];
      const same = first.ageFrom === later.ageFrom && first.ageTo === later.ageTo;
      problems.push({ line: later.line, column: "age", message: withValues(same ? "costingRules.populationCsv.duplicate" : "costingRules.populationCsv.overlap", { line: first.line }) });
      // Keep the band reaching furthest, so a third group overlapping either is caught too.
      if (reach.ageTo !== null && (row.ageTo === null || row.ageTo > reach.ageTo)) reach = row;
    }
  }
  return problems;
}
