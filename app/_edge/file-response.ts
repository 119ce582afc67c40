/**
 * Sends a stored file (evidence, a library resource) for download: always as an attachment, with the type
 * detected at upload and nosniff, so no uploaded file is ever run by the browser as a page.
 */
import "server-only";
import { attachment } from "@/lib/files/content-disposition";
import { downloadName, extensionOf } from "@/lib/files/detect-evidence-type";

export function fileResponse(file: { content: Buffer; contentType: string; byteSize: number; originalName: string }): Response {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.byteSize),
      "Content-Disposition": attachment(downloadName(file.originalName, extensionOf(file.contentType))),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
