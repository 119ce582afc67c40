/**
 * Answers a PDF download of a report page. Whether the person may read the report is decided here, with the
 * report page's own check, before any Chromium starts; then Chromium opens the page on this server with the
 * request's own credentials (cookie or bearer token) and language, through the bounded render queue, and prints
 * it. Every refusal is plain text in the reader's language; a full queue says when to try again (Retry-After).
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/actor";
import { answerableError, httpStatusOf } from "@/lib/errors";
import { attachment } from "@/lib/files/content-disposition";
import { pdfAvailable, renderPdf } from "@/lib/reports/render-pdf";
import { getActor } from "@/lib/session";
import { libMessages } from "./lib-messages";

/** The page to print and the file's name, for an actor who may read it (a check that may read the database); the lib's AppError otherwise. */
export type ReportToPrint = (actor: Actor) => PrintedReport | Promise<PrintedReport>;
type PrintedReport = { pagePath: string; fileName: string };

const forwarded = ["cookie", "authorization", "accept-language"];

/** 429 when this person already has their share of renders; 503 when the server has no room or time for one. */
const queueRefusals = {
  tooMany: { status: 429, message: "reports.pdfTooMany" },
  busy: { status: 503, message: "reports.pdfBusy" },
  timedOut: { status: 503, message: "reports.pdfTimedOut" },
} as const;

function plainText(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

export async function pdfResponse(request: Request, reportToPrint: ReportToPrint): Promise<Response> {
  const [t, translate] = await Promise.all([getTranslations(), libMessages()]);
  const actor = await getActor();
  // A 401 rather than the sign-in redirect of a page: a download has no page to come back to.
  if (!actor) return plainText(401, t("errors.unauthenticated"), { "WWW-Authenticate": 'Bearer realm="socle"' });
  let report: PrintedReport;
  try {
    report = await reportToPrint(actor);
  } catch (thrown) {
    const error = answerableError(thrown);
    if (!error) throw thrown;
    return plainText(httpStatusOf[error.code], translate(error.message));
  }
  if (!pdfAvailable()) return plainText(503, t("reports.pdfUnavailable"));
  // This server itself, by the loopback address: a proxy's public host may not be reachable from here.
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : new URL(request.url).origin;
  const headers = Object.fromEntries(forwarded.flatMap((name) => (request.headers.get(name) ? [[name, request.headers.get(name)!]] : [])));
  const queued = await renderPdf(actor.userId, `${origin}${report.pagePath}`, headers, `Socle · ${report.fileName}`).catch((error: unknown) => {
    console.error(error);
    return { outcome: "done", value: { status: 500, pdf: null } } as const;
  });
  if (queued.outcome !== "done") {
    const { status, message } = queueRefusals[queued.outcome];
    return plainText(status, t(message), { "Retry-After": String(queued.retryAfterSeconds) });
  }
  const { status, pdf } = queued.value;
  if (!pdf) return plainText(status >= 400 ? status : 500, t("reports.pdfFailed"));
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": attachment(report.fileName), "Cache-Control": "private, no-store" },
  });
}
