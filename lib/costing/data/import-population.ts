/**
 * Imports a country's population figures from CSV (the layout of decision 1800: year, sex, age, population, as the
 * World Population Prospects lay it out): the years the file holds replace the stored figures of those years, the
 * others stay. A file with any problem changes nothing and is refused with every problem by line and column.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { type FieldErrors, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { importPopulationSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { withValues } from "@/lib/validation/zod";
import { type PopulationCsvProblem, parsePopulationCsv, populationCsvLimits } from "../population-csv";
import { costingAsSeen } from "./costing-change";
import { replacePopulation } from "./population-records";

/** The problems a refusal lists: enough to correct a file column by column, not one per line of a wrong file. */
export const reportedProblemsLimit = 200;

export type PopulationImport = { countryCode: string; version: number; years: number[]; rows: number; ignoredLines: number };

/**
 * The CSV text: a form's file (read only when its size is within the limit, and only as UTF-8), or the text sent.
 * The parser bounds the text's length again before it reads a line.
 */
async function csvText(file: unknown, text: string | undefined): Promise<string> {
  if (file instanceof Blob && file.size > 0) {
    if (file.size > populationCsvLimits.maxCharacters) throw invalid({ file: withValues("import.fileTooLarge", { maximum: populationCsvLimits.maxCharacters / 1024 / 1024 }) });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.includes(0)) throw invalid({ file: "import.unreadable" });
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw invalid({ file: "import.notUtf8" });
    }
  }
  if (text === undefined || text.trim() === "") throw invalid({ file: "costingRules.populationFileMissing" });
  return text;
}

/** A problem of the file is the file field's; a cell's is named by its line and column ("lines.12.population"). */
function problemsError(problems: PopulationCsvProblem[]) {
  const fieldErrors: FieldErrors = {};
  for (const problem of problems.slice(0, reportedProblemsLimit)) {
    fieldErrors[problem.column === null ? "file" : `lines.${problem.line}.${problem.column}`] ??= problem.message;
  }
  return invalid(fieldErrors, withValues("costingRules.populationProblems", { count: problems.length }));
}

export async function importPopulation(db: Database, actor: Actor, input: unknown): Promise<PopulationImport> {
  const { countryCode, version, text } = parseInput(importPopulationSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  const file = input !== null && typeof input === "object" ? (input as { file?: unknown }).file : undefined;
  // Read and checked before the costing is locked: the lock is held for the writing only.
  const parsed = parsePopulationCsv(await csvText(file, text));
  if (parsed.problems.length > 0) throw problemsError(parsed.problems);
  const years = [...new Set(parsed.rows.map((row) => row.year))].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    await costingAsSeen(tx, actor, countryCode, version);
    const next = await replacePopulation(tx, actor, { countryCode, years, figures: parsed.rows, details: { from: "csv", ignoredLines: parsed.ignoredLines } });
    return { countryCode, version: next, years, rows: parsed.rows.length, ignoredLines: parsed.ignoredLines };
  });
}
