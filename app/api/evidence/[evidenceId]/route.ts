/**
 * Downloads an evidence file for a signed-in reader of its country. Always as an attachment, with the type
 * detected at upload and nosniff, so no uploaded file is ever run by the browser as a page.
 */
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { downloadName, extensionOf } from "@/lib/files/detect-evidence-type";
import { getEvidenceFile } from "@/lib/progress/get-evidence-file";
import { getActor } from "@/lib/session";
import { errorResponse } from "../../../_edge/route-errors";

export const dynamic = "force-dynamic";

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const file = await getEvidenceFile(await getDb(), actor, (await params).evidenceId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.byteSize),
        "Content-Disposition": contentDisposition(downloadName(file.originalName, extensionOf(file.contentType))),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
