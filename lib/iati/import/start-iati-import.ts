/**
 * An adviser uploads their agency's IATI activity file (a coordinator names the agency): the file is stored and an
 * import made in state `reading`; the dry run then reads it after the response (`runIatiDryRun`, started by the edge).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { Database } from "@/db/engine";
import { iatiImports, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, invalid } from "@/lib/errors";
import { assertCan, scopeOf } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { startIatiImportSchema } from "@/lib/validation/iati-import";
import { withValues } from "@/lib/validation/zod";
import { iatiImportLimits, megabytes } from "./limits";
import { agencyIatiRef } from "./reader";

export type IatiUpload = { fileName: string; bytes: Uint8Array };

/** The agency an import is for: the one named, else the adviser's own when they advise for exactly one. */
function agencyOf(actor: Actor, named: string | null): string {
  if (named) return named;
  const scope = scopeOf(actor, "support.importIati");
  if (scope !== "any" && scope.agencyIds.length === 1) return scope.agencyIds[0]!;
  throw invalid({ agencyId: "iatiImport.agencyRequired" });
}

export async function startIatiImport(db: Database, actor: Actor, input: Record<string, unknown>, upload: IatiUpload): Promise<{ id: string }> {
  const parsed = parseInput(startIatiImportSchema, input);
  const agencyId = agencyOf(actor, parsed.agencyId);
  assertCan(actor, "support.importIati", { agencyId });
  if (upload.bytes.byteLength === 0) throw invalid({ file: "import.fileEmpty" });
  if (upload.bytes.byteLength > iatiImportLimits.maxBytes) {
    throw new AppError("TOO_LARGE", withValues("iatiImport.fileTooLarge", { maximum: megabytes(iatiImportLimits.maxBytes) }), {
      fieldErrors: { file: withValues("iatiImport.fileTooLarge", { maximum: megabytes(iatiImportLimits.maxBytes) }) },
    });
  }
  if (!(await agencyIatiRef(db, agencyId))) throw invalid({ agencyId: "iatiImport.agencyWithoutIatiRef" });
  const fileName = path.basename(upload.fileName.replaceAll("\\", "/")).slice(0, 200) || "iati-activities.xml";
  return db.transaction(async (tx) => {
    const [file] = await tx
      .insert(storedFiles)
      .values({
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        // Read as XML by the import only, never served back as a page.
        contentType: "application/xml",
        byteSize: upload.bytes.byteLength,
        originalName: fileName,
        content: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength),
        uploadedById: actor.userId,
      })
      .returning({ id: storedFiles.id });
    const [created] = await tx
      .insert(iatiImports)
      .values({ fileId: file!.id, agencyId, byteSize: upload.bytes.byteLength, sectorCodes: parsed.sectorCodes, createdById: actor.userId })
      .returning({ id: iatiImports.id });
    await recordAudit(tx, actor, {
      action: "iatiImport.upload",
      entityType: "iati_import",
      entityId: created!.id,
      agencyId,
      after: { fileName, byteSize: upload.bytes.byteLength, sectorCodes: parsed.sectorCodes },
    });
    return { id: created!.id };
  });
}
