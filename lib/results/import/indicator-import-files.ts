/**
 * The import screens' way around the dry run and the apply (decision 1910): the uploaded file is planned, then kept
 * as the uploader's stored file, so the apply reads the very same bytes again by the file's id (never a file the
 * browser sends twice, nor anyone else's) with the dry run's fingerprint. A file the plan refuses is never kept.
 */
import { and, eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError, notFound } from "@/lib/errors";
import { storeImportFile } from "@/lib/imports/stored-import";
import { importMediaTypes } from "@/lib/imports/read-import-file";
import { parseInput } from "@/lib/validation/parse";
import { applyIndicatorFileSchema, indicatorFileSchema, indicatorImportChoicesSchema } from "@/lib/validation/results-across";
import { applyIndicatorImport } from "./apply-indicator-import";
import { type IndicatorImportPlan, planIndicatorImport } from "./plan-indicator-import";

export type IndicatorImportChoices = { countryCode?: string; seriesColumn?: string };

/** Plans an uploaded file (INVALID as the plan says, on the form's fields) and keeps it for the apply. */
export async function checkIndicatorFile(db: Database, actor: Actor, input: { fileName: string; bytes: Uint8Array } & Record<string, unknown>): Promise<{ fileId: string; choices: IndicatorImportChoices; plan: IndicatorImportPlan }> {
  const choices = parseInput(indicatorImportChoicesSchema, input);
  const plan = await planIndicatorImport(db, actor, { bytes: input.bytes }, choices);
  const fileId = await db.transaction((tx) => storeImportFile(tx, actor, { fileName: input.fileName, bytes: input.bytes, format: "csv" }));
  return { fileId, choices, plan };
}

/** A file the actor uploaded for an indicator import; NOT_FOUND for any other stored file. */
async function ownIndicatorFile(db: Queryable, actor: Actor, fileId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [file] = await db
    .select({ fileName: storedFiles.originalName, content: storedFiles.content })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.uploadedById, actor.userId), eq(storedFiles.contentType, importMediaTypes.csv)));
  if (!file) throw notFound();
  return { fileName: file.fileName, bytes: new Uint8Array(file.content) };
}

/** The dry run of a kept file, as the check page shows it (read-only: planned again on every visit). */
export async function planIndicatorFile(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<{ fileName: string; plan: IndicatorImportPlan }> {
  const { fileId, ...choices } = parseInput(indicatorFileSchema, input);
  const { fileName, bytes } = await ownIndicatorFile(db, actor, fileId);
  return { fileName, plan: await planIndicatorImport(db, actor, { bytes }, choices) };
}

/**
 * Applies a kept file under its dry run's fingerprint. When anything it read has changed since, nothing is written
 * and the answer is the new plan, for the page to show before the person applies again.
 */
export async function applyIndicatorFile(db: Database, actor: Actor, input: Record<string, unknown>): Promise<{ applied: boolean; plan: IndicatorImportPlan }> {
  const { fileId, fingerprint, ...choices } = parseInput(applyIndicatorFileSchema, input);
  const { bytes } = await ownIndicatorFile(db, actor, fileId);
  try {
    return { applied: true, plan: await applyIndicatorImport(db, actor, { bytes }, { ...choices, fingerprint }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { applied: false, plan: error.current as IndicatorImportPlan };
    throw error;
  }
}
