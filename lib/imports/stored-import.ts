/**
 * What every import from a spreadsheet (support, the scheme inventory) does around its own plan: the uploaded file
 * kept with its dry run's report in a table of uploaded imports, the import run in a transaction that is kept only
 * when it should be (the dry run is the import rolled back), one person's import read back, and the claim that
 * lets a file be applied once.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import * as z from "zod/mini";
import type { Database, Queryable, Transaction } from "@/db/engine";
import { exchangeRateImports, schemeImports, storedFiles, supportImports } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { type ImportFormat, importMediaTypes } from "./read-import-file";

/** The tables of uploaded imports: the same columns (`uploadedImport()` in db/schema/support.ts), one table per kind. */
export type ImportTable = typeof supportImports | typeof schemeImports | typeof exchangeRateImports;

class RollBack extends Error {}

/** Runs `work` in one transaction, committed only when it answers `keep`; its result either way. */
export async function transactionKeptIf<Result>(db: Database, work: (tx: Transaction) => Promise<{ result: Result; keep: boolean }>): Promise<Result> {
  let outcome: { result: Result } | undefined;
  try {
    await db.transaction(async (tx) => {
      const { result, keep } = await work(tx);
      outcome = { result };
      if (!keep) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return outcome!.result;
}

/** Keeps an uploaded file under its own name (never a path the browser sent), typed by the format its content has. */
export async function storeImportFile(tx: Transaction, actor: Actor, input: { fileName: string; bytes: Uint8Array; format: ImportFormat }): Promise<string> {
  const fileName = path.basename(input.fileName.replaceAll("\\", "/")).slice(0, 200) || `import.${input.format}`;
  const [stored] = await tx
    .insert(storedFiles)
    .values({
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      contentType: importMediaTypes[input.format],
      byteSize: input.bytes.byteLength,
      originalName: fileName,
      content: Buffer.from(input.bytes),
      uploadedById: actor.userId,
    })
    .returning({ id: storedFiles.id });
  return stored!.id;
}

/** An import the actor uploaded (and matching `where`), with its file's name; NOT_FOUND for anyone else's. */
export async function findOwnImport<Report>(db: Queryable, table: ImportTable, actor: Actor, id: unknown, where?: SQL) {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound();
  const [row] = await db
    .select({
      id: table.id,
      format: table.format,
      rowCount: table.rowCount,
      report: table.report,
      appliedAt: table.appliedAt,
      createdAt: table.createdAt,
      fileName: storedFiles.originalName,
      fileId: storedFiles.id,
    })
    .from(table)
    .innerJoin(storedFiles, eq(storedFiles.id, table.fileId))
    .where(and(eq(table.id, parsed.data), eq(table.createdById, actor.userId), where));
  if (!row) throw notFound();
  return { ...row, report: row.report as unknown as Report };
}

/** The bytes of an import's stored file, to read again when it is applied. */
export async function storedImportBytes(db: Queryable, fileId: string): Promise<Uint8Array> {
  const [stored] = await db.select({ content: storedFiles.content }).from(storedFiles).where(eq(storedFiles.id, fileId));
  return new Uint8Array(stored!.content);
}

/** Marks an import applied inside the applying transaction: of two applies at once, one writes and the other is refused. */
export async function claimImport(tx: Transaction, table: ImportTable, id: string, report: object): Promise<void> {
  const [claimed] = await tx
    .update(table)
    .set({ appliedAt: new Date(), report: report as Record<string, unknown> })
    .where(and(eq(table.id, id), isNull(table.appliedAt)))
    .returning({ id: table.id });
  if (!claimed) throw invalid({}, "import.alreadyApplied");
}
