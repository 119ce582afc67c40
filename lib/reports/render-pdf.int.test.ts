/**
 * The real Chromium against a small local server: only a page answered 200 where it was asked is printed, and
 * the queue's time limit really stops Chromium. Skipped where Chromium is not installed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfAvailable, printPage } from "./render-pdf";
import { createRenderQueue } from "./render-queue";

const html = (body: string, head = "") => `<!doctype html><html><head><title>Report</title>${head}</head><body>${body}</body></html>`;

const pages: Record<string, (response: http.ServerResponse) => void> = {
  "/reports": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("<h1>Summary</h1>")),
  "/sign-in": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("<h1>Sign in</h1>")),
  "/reports/countries/SN": (response) => response.writeHead(307, { location: "/sign-in?callbackUrl=%2Freports%2Fcountries%2FSN" }).end(),
  "/reports/countries/BJ": (response) => response.writeHead(200, { "content-type": "text/html" }).end(html("", '<meta http-equiv="refresh" content="1;url=/sign-in">')),
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

describe.runIf(pdfAvailable())("printing a report page with Chromium", () => {
  it("prints a page answered 200", async () => {
    const { status, pdf } = await print("/reports");
    expect(status).toBe(200);
    expect(pdf?.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("never prints the sign-in page a redirect leads to, nor a streamed page's refresh", async () => {
    await expect(print("/reports/countries/SN")).resolves.toEqual({ status: 307, pdf: null });
    await expect(print("/reports/countries/BJ")).resolves.toEqual({ status: 500, pdf: null });
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
