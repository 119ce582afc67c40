/**
 * Prints a report page to PDF with Debian's Chromium, driven by playwright-core (decision 600): the PDF is the
 * print-ready page itself, with its print stylesheet, so the page and the download never disagree. Chromium
 * opens the page on this server with the reader's own credentials, so the page's permission checks apply; it
 * may fetch nothing from anywhere else. One rendering at a time: each Chromium takes a few hundred megabytes.
 */
import "server-only";
import fs from "node:fs";
import { chromium } from "playwright-core";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export function pdfAvailable(): boolean {
  return fs.existsSync(chromiumPath());
}

export type PdfResult = { status: number; pdf: Buffer | null };

let queue: Promise<unknown> = Promise.resolve();

export function renderPdf(url: string, headers: Record<string, string>, footer: string): Promise<PdfResult> {
  const run = queue.then(() => render(url, headers, footer));
  queue = run.catch(() => undefined);
  return run;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function render(url: string, headers: Record<string, string>, footer: string): Promise<PdfResult> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    // The page is rendered on the server: it needs no script to print.
    const context = await browser.newContext({ extraHTTPHeaders: headers, javaScriptEnabled: false });
    const page = await context.newPage();
    const origin = new URL(url).origin;
    await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    const status = response?.status() ?? 500;
    if (status !== 200) return { status, pdf: null };
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
    await browser.close();
  }
}
