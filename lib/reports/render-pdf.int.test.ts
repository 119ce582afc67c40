/**
 * The real Chromium against a small local server: only a page answered 200 where it was asked is printed, and
 * the queue's time limit really stops Chromium; a report's assessment matrix prints whole, in the reader's
 * language, without its download links. Skipped where Chromium is not installed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfAvailable, printPage } from "./render-pdf";
import { createRenderQueue } from "./render-queue";

const html = (body: string, head = "") => `<!doctype html><html><head><title>Report</title>${head}</head><body>${body}</body></html>`;

/**
 * A country report's matrix as components/reports/report-assessment.tsx writes it, in Portuguese: four guarantee
 * blocks (enough items to run over a page), badges, and the download links the print stylesheet hides.
 */
const guarantees = ["Cuidados de saúde essenciais", "Crianças", "Idade ativa", "Pessoas idosas"];
const matrixPage = html(
  `<h1>Relatório — Moçambique</h1><section><h2>Matriz de avaliação</h2><p>Última versão validada: 2, validada em 20/04/2026.</p>${guarantees
    .map(
      (guarantee, index) =>
        `<div style="break-inside:avoid"><h3>${guarantee}</h3><p>Regimes existentes: Programa Subsídio Social Básico</p><h4>Recomendações</h4><ol>${Array.from(
          { length: 12 },
          (_, item) => `<li>Recomendação ${index + 1}.${item + 1}: alargar a cobertura às crianças com menos de cinco anos <span>○ Proposta</span> <span>Prioridade: Alta</span></li>`,
        ).join("")}</ol></div>`,
    )
    .join("")}<div class="print-hidden">Descarregar a matriz: CSV · Excel (XLSX)</div></section>`,
  "<style>@media print { .print-hidden { display: none } }</style>",
);

const pages: Record<string, (response: http.ServerResponse) => void> = {
  "/reports/countries/MZ": (response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(matrixPage),
  "/reports": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("<h1>Summary</h1>")),
  "/sign-in": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("<h1>Sign in</h1>")),
  "/reports/countries/SN": (response) => response.writeHead(307, { location: "/sign-in?callbackUrl=%2Freports%2Fcountries%2FSN" }).end(),
  "/reports/countries/BJ": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("", '<meta http-equiv="refresh" content="1;url=/sign-in">')),
  "/reports/countries/BF": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("", '<meta http-equiv="refresh" content="0;url=/sign-in">')),
  "/reports/countries/KH": () => undefined, // never answers
};

let server: http.Server;
let origin = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const page = pages[new URL(request.url!, "http://x").pathname];
    if (page) page(response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const print = (path: string) => printPage(`${origin}${path}`, {}, "Socle · test", new AbortController().signal);

// No database here: the PostgreSQL pass (DATABASE_URL set) would print the same pages again.
describe.runIf(pdfAvailable() && !process.env.DATABASE_URL)("printing a report page with Chromium", () => {
  it("prints a page answered 200", async () => {
    const { status, pdf } = await print("/reports");
    expect(status).toBe(200);
    expect(pdf?.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("prints a report's assessment matrix whole, accents kept, over several pages, without its download links", async () => {
    const { status, pdf } = await print("/reports/countries/MZ");
    expect(status).toBe(200);
    const document = await getDocumentProxy(new Uint8Array(pdf!));
    const { text } = await extractText(document, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(document.numPages).toBeGreaterThan(1);
    for (const guarantee of guarantees) expect(flat).toContain(guarantee);
    expect(flat).toContain("Recomendação 4.12: alargar a cobertura às crianças");
    expect(flat).toContain("Última versão validada: 2");
    expect(flat).not.toContain("Descarregar a matriz");
  });

  it("never prints the sign-in page a redirect leads to, nor a streamed page's refresh", async () => {
    await expect(print("/reports/countries/SN")).resolves.toEqual({ status: 307, pdf: null });
    await expect(print("/reports/countries/BJ")).resolves.toEqual({ status: 500, pdf: null });
    // A refresh at once races the check: the document as answered decides, and the sign-in page is never loaded.
    await expect(print("/reports/countries/BF")).resolves.toEqual({ status: 500, pdf: null });
  });

  it("stops Chromium when a render runs past its time, and only then lets the next one start", async () => {
    const queue = createRenderQueue({ concurrency: 1, queueLength: 1, perPerson: 2, timeoutMs: 2_000 });
    let printing = true;
    const hung = queue.run("amara", (signal) => printPage(`${origin}/reports/countries/KH`, {}, "", signal).finally(() => (printing = false)));
    const next = queue.run("bruno", async () => (printing ? "started beside Chromium" : "started after Chromium closed"));
    await expect(hung).resolves.toMatchObject({ outcome: "timedOut" });
    await expect(next).resolves.toEqual({ outcome: "done", value: "started after Chromium closed" });
  });
});
