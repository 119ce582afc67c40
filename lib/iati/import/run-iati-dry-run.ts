/**
 * The dry run of an uploaded IATI file, run after the upload's response (a background job in the server process):
 * reads the stored file chunk by chunk, writes its progress at most once a second (so any instance can show it),
 * then the report and state `ready`, or state `failed` with the reader's reason. Writes nothing else.
 */
import { and, eq, lt } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { iatiImports } from "@/db/schema";
import { IatiFileError } from "@/lib/iati/read/types";
import { withValues } from "@/lib/validation/zod";
import { iatiImportLimits } from "./limits";
import { judgeContext } from "./reader";
import { judgeStoredFile } from "./read-stored-file";

/** Imports this process is reading now: a second start of the same one (a restart's recovery) is not a second reader. */
const reading = new Set<string>();

/** The reader's reason as a catalogue key (the reader's own words, `iatiImport.reasons.file.*`) with its place in the file. */
export function failureMessage(error: IatiFileError): string {
  return withValues(`iatiImport.reasons.file.${error.reason}`, { line: error.line ?? 1, column: error.column ?? 1 });
}

const whileReading = (id: string) => and(eq(iatiImports.id, id), eq(iatiImports.state, "reading"));

export async function runIatiDryRun(db: Database, importId: string, options: { today?: string } = {}): Promise<void> {
  if (reading.has(importId)) return;
  const [row] = await db.select().from(iatiImports).where(whileReading(importId));
  if (!row) return;
  reading.add(importId);
  try {
    const context = await judgeContext(db, { agencyId: row.agencyId, sectorCodes: row.sectorCodes, today: options.today });
    let lastWrite = 0;
    let progress: Promise<unknown> = Promise.resolve();
    const onBytes = (bytesRead: number) => {
      const now = Date.now();
      if (now - lastWrite < iatiImportLimits.progressEveryMs) return;
      lastWrite = now;
      const bounded = Math.min(bytesRead, row.byteSize);
      progress = progress.then(() => db.update(iatiImports).set({ bytesRead: bounded, updatedAt: new Date() }).where(whileReading(importId)));
    };
    try {
      const report = await judgeStoredFile(db, context, row.fileId, {
        onBytes,
        onHeader: async (header) => {
          await db.update(iatiImports).set({ declaredVersion: header.declaredVersion?.slice(0, 20) ?? null }).where(whileReading(importId));
        },
      });
      await progress;
      await db
        .update(iatiImports)
        .set({ state: "ready", report, activityCount: report.activities.length, bytesRead: row.byteSize, updatedAt: new Date() })
        .where(whileReading(importId));
    } catch (error) {
      await progress.catch(() => undefined);
      if (!(error instanceof IatiFileError)) console.error(`Socle: IATI import ${importId} failed (${error instanceof Error ? error.message : String(error)}).`);
      const failure = error instanceof IatiFileError ? failureMessage(error) : "iatiImport.failure.unexpected";
      await db.update(iatiImports).set({ state: "failed", failure, updatedAt: new Date() }).where(whileReading(importId));
    }
  } finally {
    reading.delete(importId);
  }
}

/**
 * Imports left `reading` by a process that stopped (a restart, a crash): their progress has not moved for a few
 * minutes. Each is claimed (its time moved on, so another instance does not take it too) and read again from the
 * start: reading writes nothing but the import's own row, so starting over is safe.
 */
export async function resumeStaleIatiImports(db: Database, now = new Date(), options: { today?: string } = {}): Promise<string[]> {
  const staleBefore = new Date(now.getTime() - iatiImportLimits.staleAfterMs);
  const claimed = await db
    .update(iatiImports)
    .set({ bytesRead: 0, updatedAt: now })
    .where(and(eq(iatiImports.state, "reading"), lt(iatiImports.updatedAt, staleBefore)))
    .returning({ id: iatiImports.id });
  for (const { id } of claimed) await runIatiDryRun(db, id, options);
  return claimed.map(({ id }) => id);
}
