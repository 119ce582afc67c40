/**
 * Prints a report page to PDF with Debian's Chromium, driven by playwright-core (decision 600): the PDF is the
 * print-ready page itself, with its print stylesheet, so the page and the download never disagree. Chromium
 * opens the page on this server with the reader's own credentials, so the page's permission checks apply; it
 * may fetch nothing from anywhere else, and only the page itself, answered 200 where it was asked, is printed.
 * Renders go through one bounded queue per process (decision 1210).
 */
import "server-only";
import fs from "node:fs";
import { chromium } from "playwright-core";
import { readEnv } from "@/lib/env";
import { createRenderQueue, type QueuedRender, type RenderLimits } from "./render-queue";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export function pdfAvailable(): boolean {
  // A path known only when the server runs: without the comment, Turbopack traced the whole project (README, specs and
  // all) into the files of every route that prints, and said so at each build.
  return fs.existsSync(/* turbopackIgnore: true */ chromiumPath());
}

export type PdfResult = { status: number; pdf: Buffer | null };

/** Each Chromium takes a few hundred megabytes: one at a time unless SOCLE_PDF_CONCURRENCY says more. */
export function pdfLimits(env = readEnv()): RenderLimits {
  return { concurrency: env.SOCLE_PDF_CONCURRENCY, queueLength: env.SOCLE_PDF_QUEUE, perPerson: 2, timeoutMs: env.SOCLE_PDF_TIMEOUT_SECONDS * 1000 };
}

let queue: ReturnType<typeof createRenderQueue> | undefined;

/** Prints the page for `person` once the queue lets it, or says why not (too many of theirs, server busy, too slow). */
export function renderPdf(person: string, url: string, headers: Record<string, string>, footer: string): Promise<QueuedRender<PdfResult>> {
  queue ??= createRenderQueue(pdfLimits());
  return queue.run(person, (signal) => printPage(url, headers, footer, signal));
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The Chromium part: closed as soon as `signal` aborts, which ends the render with an error. */
export async function printPage(url: string, headers: Record<string, string>, footer: string, signal: AbortSignal): Promise<PdfResult> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const stop = () => void browser.close();
  signal.addEventListener("abort", stop, { once: true });
  try {
    signal.throwIfAborted();
    // The page is rendered on the server: it needs no script to print.
    const context = await browser.newContext({ extraHTTPHeaders: headers, javaScriptEnabled: false });
    const page = await context.newPage();
    const origin = new URL(url).origin;
    // The page printed is the one asked for: a later navigation of the page (a meta refresh) is refused and noted.
    // A redirect's next hop is the same navigation and goes on, so the redirect's status is read below.
    let navigations = 0;
    let leftThePage = false;
    await page.route("**/*", (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.redirectedFrom() && ++navigations > 1) {
        leftThePage = true;
        return route.abort();
      }
      return new URL(request.url()).origin === origin ? route.continue() : route.abort();
    });
    const response = await page.goto(url, { waitUntil: "load", timeout: 0 }); // the queue bounds the time
    if (!response) return { status: 500, pdf: null };
    // A sign-in redirect (by status, or by the meta refresh of a streamed page) answers 200 with another page.
    const redirected = response.request().redirectedFrom();
    if (redirected) return { status: (await redirected.response())?.status() ?? 500, pdf: null };
    if (response.status() !== 200) return { status: response.status(), pdf: null };
    // The document is read before the flag: a refresh that replaced it was refused, and so flagged, before it did.
    const refreshes = await page.locator('meta[http-equiv="refresh" i]').count();
    if (refreshes > 0 || leftThePage || page.url() !== url) return { status: 500, pdf: null };
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#475569"><span>${escapeHtml(footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    return { status: 200, pdf };
  } finally {
    signal.removeEventListener("abort", stop);
    await browser.close();
  }
}
