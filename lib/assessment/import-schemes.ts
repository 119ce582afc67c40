/**
 * Re-importing a country's scheme inventory from a spreadsheet (its own export, or the working group's file with the
 * same columns). Checking a file stores it with a dry run's report: add, update or skip for every row, errors by row
 * and column; nothing changes. Applying reads the file again and writes every add and update in one transaction
 * through the forms' writes (insertScheme, updateScheme), or nothing: not when a row has an error, nor when a scheme
 * the file names changed since the dry run.
 */
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { schemeImports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, invalid } from "@/lib/errors";
import { type ImportFile, type ImportFormat, readImportFile } from "@/lib/imports/read-import-file";
import { claimImport, findOwnImport, storedImportBytes, storeImportFile, transactionKeptIf } from "@/lib/imports/stored-import";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import { insertScheme } from "./add-scheme";
import { updateScheme } from "./edit-scheme";
import { planSchemeImport, type SchemeImportAction, type SchemeImportPlan, type SchemeRowError } from "./plan-scheme-import";
import { type SchemeColumn, schemeImportColumns } from "./scheme-import-format";
import { checkCountry } from "./scheme-records";

export type SchemeImportReport = {
  format: ImportFormat;
  rowCount: number;
  /** Rows read cleanly; `version` is the scheme's version the dry run compared with, checked again when applied. */
  rows: { line: number; action: SchemeImportAction; schemeId: string | null; version: number | null; name: string; changes: string[] }[];
  errors: SchemeRowError[];
  counts: Record<SchemeImportAction, number>;
};

function reportOf(file: ImportFile<SchemeColumn>, plan: SchemeImportPlan, errors: SchemeRowError[]): SchemeImportReport {
  const rows = plan.rows.map((row) =>
    row.action === "add"
      ? { line: row.line, action: row.action, schemeId: null, version: null, name: row.values.nationalName, changes: [] }
      : { line: row.line, action: row.action, schemeId: row.scheme.id, version: row.scheme.version, name: row.values.nationalName, changes: row.changes },
  );
  const counts = { add: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action]++;
  return { format: file.format, rowCount: file.rows.length, rows, errors, counts };
}

/** The rows whose scheme is not at the version the dry run compared with: someone changed it since. */
function changedSinceCheck(plan: SchemeImportPlan, checked: SchemeImportReport): SchemeRowError[] {
  const checkedVersion = new Map(checked.rows.map((row) => [row.line, row.version]));
  return plan.rows
    .filter((row) => row.action !== "add" && checkedVersion.get(row.line) !== row.scheme.version)
    .map((row) => ({ line: row.line, column: "schemeId" as const, message: "schemeRules.importChangedSinceCheck" }));
}

/** Writes the plan through the forms' writes; a scheme saved by someone else since the plan read it is a row error, and the caller rolls back. */
async function writePlan(tx: Transaction, actor: Actor, plan: SchemeImportPlan): Promise<SchemeRowError[]> {
  const errors: SchemeRowError[] = [];
  for (const row of plan.rows) {
    try {
      if (row.action === "add") await insertScheme(tx, actor, row.values, { fromImport: true });
      else if (row.action === "update") await updateScheme(tx, actor, row.values, { fromImport: true });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
      errors.push({ line: row.line, column: "schemeId", message: "schemeRules.importChangedSinceCheck" });
    }
  }
  return errors;
}

/** The country the URL names, which the actor may write in; FORBIDDEN before any file is read otherwise. */
async function importTarget(db: Database, actor: Actor, country: unknown): Promise<string> {
  const countryCode = parseInput(countryCodeSchema, country);
  assertCan(actor, "scheme.write", { countryCode });
  await checkCountry(db, countryCode);
  return countryCode;
}

/** Reads an uploaded file, stores it with its dry run's report, and returns the import to show. Changes no scheme. */
export async function checkSchemeImport(db: Database, actor: Actor, input: { countryCode: unknown; fileName: string; bytes: Uint8Array }) {
  const countryCode = await importTarget(db, actor, input.countryCode);
  const file = await readImportFile(input.bytes, schemeImportColumns);
  const plan = await planSchemeImport(db, countryCode, file.rows);
  const report = reportOf(file, plan, plan.errors);
  return db.transaction(async (tx) => {
    const fileId = await storeImportFile(tx, actor, { ...input, format: file.format });
    const [created] = await tx
      .insert(schemeImports)
      .values({ countryCode, fileId, format: file.format, rowCount: file.rows.length, report, createdById: actor.userId })
      .returning({ id: schemeImports.id });
    return { id: created!.id, countryCode, report };
  });
}

/** An import of the country's inventory that the actor uploaded, with its file's name and its last report; nobody else's. */
export async function getSchemeImport(db: Database, actor: Actor, input: { countryCode: unknown; importId: unknown }) {
  const countryCode = await importTarget(db, actor, input.countryCode);
  return { countryCode, ...(await findOwnImport<SchemeImportReport>(db, schemeImports, actor, input.importId, eq(schemeImports.countryCode, countryCode))) };
}

/**
 * Applies a checked import: all its adds and updates in one transaction, or none. If a row no longer fits, or a
 * scheme it names changed since the dry run, nothing is written and the new report says which rows.
 */
export async function applySchemeImport(db: Database, actor: Actor, input: { countryCode: unknown; importId: unknown }) {
  const checked = await getSchemeImport(db, actor, input);
  if (checked.appliedAt) throw invalid({}, "import.alreadyApplied");
  const refused = { applied: false, countryCode: checked.countryCode };
  if (checked.report.errors.length) return { ...refused, report: checked.report };
  const file = await readImportFile(await storedImportBytes(db, checked.fileId), schemeImportColumns);
  const report = await transactionKeptIf(db, async (tx) => {
    const plan = await planSchemeImport(tx, checked.countryCode, file.rows);
    const stale = plan.errors.length ? plan.errors : changedSinceCheck(plan, checked.report);
    const errors = stale.length ? stale : await writePlan(tx, actor, plan);
    if (errors.length) return { result: { ...checked.report, errors }, keep: false };
    const report = reportOf(file, plan, errors);
    await claimImport(tx, schemeImports, checked.id, report);
    await recordAudit(tx, actor, { action: "scheme.import", entityType: "scheme_import", entityId: checked.id, countryCode: checked.countryCode, after: { ...report.counts } });
    return { result: report, keep: true };
  });
  if (report.errors.length === 0) return { applied: true, countryCode: checked.countryCode, report };
  // The refusal is kept with the dry run's rows and versions: applying again is refused until the file is checked again.
  await db.update(schemeImports).set({ report }).where(eq(schemeImports.id, checked.id));
  return { ...refused, report };
}
