/** Reads uploaded evidence files, checks their size and their real type, before any of them is written. */
import "server-only";
import { createHash } from "node:crypto";
import { invalid } from "@/lib/errors";
import { bidiControls } from "@/lib/validation/text-characters";
import { withValues } from "@/lib/validation/zod";
import { maxEvidenceFileBytes, maxEvidenceFileMegabytes, type UploadedFile } from "@/lib/validation/progress";
import { detectEvidenceType } from "./detect-evidence-type";

export type PreparedFile = { originalName: string; content: Buffer; sha256: string; contentType: string; byteSize: number };

/** All files, or an INVALID error naming the first one refused; nothing is stored either way. */
export async function prepareEvidenceFiles(files: UploadedFile[]): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const file of files) {
    // Bidirectional controls would let "report\u202Efdp.exe" show as "reportexe.pdf".
    const name = file.name.replace(bidiControls, "").slice(0, 255) || "evidence";
    // The schema checked the size the request declared; the bytes are what count.
    const content = Buffer.from(await file.arrayBuffer());
    if (content.byteLength > maxEvidenceFileBytes) {
      throw invalid({ files: withValues("evidence.fileTooLarge", { name, maximum: maxEvidenceFileMegabytes }) });
    }
    const type = await detectEvidenceType(content);
    if (!type) throw invalid({ files: withValues("evidence.typeNotAccepted", { name }) });
    prepared.push({
      originalName: name,
      content,
      sha256: createHash("sha256").update(content).digest("hex"),
      contentType: type.contentType,
      byteSize: content.byteLength,
    });
  }
  return prepared;
}
