/**
 * Answers a PDF download of a report page: Chromium opens the page on this server with the request's own
 * credentials (cookie or bearer token) and language, and prints it. Without Chromium, a 503 that says so.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { attachment } from "@/lib/files/content-disposition";
import { pdfAvailable, renderPdf } from "@/lib/reports/render-pdf";

const forwarded = ["cookie", "authorization", "accept-language"];

export async function pdfResponse(request: Request, pagePath: string, fileName: string): Promise<Response> {
  const t = await getTranslations("reports");
  if (!pdfAvailable()) {
    return new Response(t("pdfUnavailable"), { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // This server itself, by the loopback address: a proxy's public host may not be reachable from here.
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : new URL(request.url).origin;
  const headers = Object.fromEntries(forwarded.flatMap((name) => (request.headers.get(name) ? [[name, request.headers.get(name)!]] : [])));
  const { status, pdf } = await renderPdf(`${origin}${pagePath}`, headers, `Socle · ${fileName}`);
  if (!pdf) return new Response(t("pdfFailed"), { status: status >= 400 ? status : 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
