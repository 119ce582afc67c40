/**
 * An import's stored file read back a chunk at a time (`substring` of the bytea column), so that reading a 50 MB file
 * holds one chunk in memory, not the file; then judged activity by activity in batches.
 */
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { storedFiles } from "@/db/schema";
import { readIatiFile } from "@/lib/iati/read/read-iati-file";
import type { IatiFileHeader, ReadActivity } from "@/lib/iati/read/types";
import { judgeActivities, type JudgedBatch } from "./judge-activities";
import { iatiImportLimits } from "./limits";
import type { IatiJudgeContext } from "./reader";
import { type ActivityReport, type IatiImportReport, reportOf } from "./report";

export async function* storedFileChunks(db: Queryable, fileId: string, chunkBytes: number = iatiImportLimits.chunkBytes): AsyncGenerator<Uint8Array> {
  for (let offset = 0; ; offset += chunkBytes) {
    // substring counts from 1; a chunk past the end comes back empty.
    const [row] = await db
      .select({ chunk: sql<Buffer | Uint8Array>`substring(${storedFiles.content} from ${offset + 1} for ${chunkBytes})` })
      .from(storedFiles)
      .where(eq(storedFiles.id, fileId));
    const chunk = row?.chunk;
    if (!chunk || chunk.byteLength === 0) return;
    yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (chunk.byteLength < chunkBytes) return;
  }
}

type JudgeFileOptions = {
  onHeader?: (header: IatiFileHeader) => void | Promise<void>;
  onBytes?: (bytesRead: number) => void;
  /** Each batch once judged (the apply writes it before the next is judged). */
  onBatch?: (batch: JudgedBatch) => Promise<void>;
};

/** Reads the stored file and judges every activity; throws the reader's IatiFileError when the file cannot be read. */
export async function judgeStoredFile(db: Queryable, context: IatiJudgeContext, fileId: string, options: JudgeFileOptions = {}): Promise<IatiImportReport> {
  const activities: ActivityReport[] = [];
  const unknownCountries: string[] = [];
  let batch: ReadActivity[] = [];
  const judge = async () => {
    if (batch.length === 0) return;
    const judged = await judgeActivities(db, context, batch);
    batch = [];
    activities.push(...judged.activities);
    unknownCountries.push(...judged.unknownCountries);
    await options.onBatch?.(judged);
  };
  for await (const event of readIatiFile(storedFileChunks(db, fileId), { onBytes: options.onBytes })) {
    if (event.kind === "header") {
      await options.onHeader?.(event);
      continue;
    }
    batch.push(event.activity);
    if (batch.length >= iatiImportLimits.batchSize) await judge();
  }
  await judge();
  return reportOf(activities, unknownCountries);
}
