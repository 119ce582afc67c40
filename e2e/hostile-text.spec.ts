/**
 * Hostile text at the HTTP boundary (issue 15): NUL and other characters the text rule refuses, in page filters,
 * an uploaded file's name and an evidence title. Each must answer the page (its filter ignored) or the form's
 * message or a 4xx, never a 500 or a stack trace, and store nothing.
 */
import { expect, test } from "@playwright/test";
import { samplePdf } from "../lib/files/sample-files";
import { signInAsNew } from "./helpers/accounts";
import { databaseFingerprint, decode, formOn, linksOn, submit } from "./helpers/forged-forms";
import { message } from "./helpers/malformed-requests";

// A country no other spec writes to.
const own = "RW";
const stackTrace = /\n\s+at [^\n]+:\d+:\d+|node_modules[\\/]|webpack-internal:|\.next[\\/]server/;

test("page filters holding NUL or other refused characters are ignored, never a 500", async ({ page }) => {
  await signInAsNew(page, { role: "coordinator" });
  const paths = [
    "/search?q=%00",
    "/search?q=budget%EF%BF%BF",
    "/search?country=%00&step=%00",
    "/support?agency=%00",
    "/support?agency=%C2%85&step=%00&country=%00",
    "/library?step=%00",
    "/library?agency=%00",
    "/countries?q=%00",
    "/exports/support.csv?country=%00",
    "/exports/support.xlsx?agency=%00",
    "/exports/support.csv?country=%E2%80%AE",
    "/exports/milestones.csv?country=B%22J",
  ];
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), `${path}: ${body.slice(0, 200)}`).toBeLessThan(500);
    expect(stackTrace.test(body), `${path} shows a stack trace`).toBe(false);
  }
});

test("an uploaded file whose name holds NUL, and an evidence title with a control character, are refused with the form's message", async ({ page, baseURL }) => {
  await signInAsNew(page, { role: "coordinator" });
  const request = page.request;
  const [stepPath] = (await linksOn(request, `/countries/${own}`, new RegExp(`^/countries/${own}/steps/[0-9a-f-]{36}$`))).map((link) => link.href);
  const logForm = await formOn(request, stepPath!, { title: undefined, occurredOn: undefined });
  const valid = { title: "Decree published", occurredOn: "2025-03-01" };
  const pdf = (name: string) => new File([new Uint8Array(samplePdf())], name, { type: "application/pdf" });
  const cases: { name: string; values: Record<string, string | File> }[] = [
    { name: "a file named with NUL", values: { ...valid, files: pdf("decret\u0000.pdf") } },
    { name: "a file named with U+FFFF", values: { ...valid, files: pdf("decret\uffff.pdf") } },
    { name: "a title with a C1 control", values: { ...valid, title: "Decree\u0085published" } },
    { name: "a title with an escape sequence", values: { ...valid, title: "Decree\u001b[2J" } },
    { name: "a link title with U+FFFE", values: { ...valid, "links.0.url": "https://gouv.lk/decree", "links.0.title": "Decree\ufffe" } },
  ];
  for (const { name, values } of cases) {
    const before = await databaseFingerprint(request);
    const response = await submit(request, logForm, values, baseURL!);
    const body = await response.text();
    const status = response.status();
    // A multipart parser may refuse a NUL in a header itself (4xx); otherwise the page says what to change.
    expect(status === 200 || (status >= 400 && status < 500), `${name}: answered ${status}`).toBe(true);
    if (status === 200) expect(decode(body), name).toContain(message("validation.controlCharacters"));
    expect(stackTrace.test(body), `${name} shows a stack trace`).toBe(false);
    expect(await databaseFingerprint(request), `${name} changed the database`).toBe(before);
  }
});

test("a file whose name hides its extension behind a right-to-left override downloads without the override", async ({ page, baseURL }) => {
  await signInAsNew(page, { role: "coordinator" });
  const request = page.request;
  const [stepPath] = (await linksOn(request, `/countries/${own}`, new RegExp(`^/countries/${own}/steps/[0-9a-f-]{36}$`))).map((link) => link.href);
  const logForm = await formOn(request, stepPath!, { title: undefined, occurredOn: undefined });
  const response = await submit(request, logForm, { title: "Report with a hidden name", occurredOn: "2025-03-02", files: new File([new Uint8Array(samplePdf())], "report\u202Efdp.exe", { type: "application/pdf" }) }, baseURL!);
  expect(response.status()).toBeLessThan(400);
  const [download] = await linksOn(request, stepPath!, /^\/api\/evidence\/[0-9a-f-]{36}$/);
  const file = await request.get(download!.href);
  const disposition = file.headers()["content-disposition"]!;
  expect(disposition).toContain("reportfdp.exe.pdf");
  expect(decodeURIComponent(disposition)).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
});
