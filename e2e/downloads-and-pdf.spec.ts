/**
 * Downloads at the protocol level (issue 15): a PDF is refused before Chromium to anyone who may not read the
 * report, an export's file name cannot carry a hostile `country` value, and an evidence file keeps its own CSP.
 * Indonesia's steps are this spec's.
 */
import { expect, type Page, test } from "@playwright/test";
import { samplePdf } from "../lib/files/sample-files";
import { createPerson, signInAsNew } from "./helpers/accounts";
import { logMilestone, openStep } from "./helpers/progress";

const today = () => new Date().toISOString().slice(0, 10);

test("a PDF asked for without signing in is refused with a 401, not a PDF of the sign-in page", async ({ request }) => {
  for (const path of ["/reports/pdf", "/reports/countries/BJ/pdf"]) {
    const response = await request.get(path, { maxRedirects: 0, headers: { "accept-language": "fr" } });
    expect(response.status(), path).toBe(401);
    expect(response.headers()["content-type"]).toContain("text/plain");
    expect(await response.text()).toBe("Veuillez d'abord vous connecter.");
  }
  const withBadToken = await request.get("/reports/pdf", { maxRedirects: 0, headers: { authorization: "Bearer socle_not-a-token" } });
  expect(withBadToken.status()).toBe(401);
});

test("a PDF is made only of a report its reader may read: a working group gets its own country's, not another's nor the summary", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "ID" });
  for (const path of ["/reports/pdf", "/reports/countries/BJ/pdf"]) {
    const refused = await page.request.get(path, { maxRedirects: 0 });
    expect(refused.status(), path).toBe(403);
    expect((await refused.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
  }
  const own = await page.request.get("/reports/countries/id/pdf");
  expect(own.status()).toBe(200);
  expect((await own.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(own.headers()["content-disposition"]).toBe(`attachment; filename="socle-report-ID-${today()}.pdf"`);
});

test("an export refuses a malformed country with a 400 and names its file only from a checked code", async ({ page }) => {
  await signInAsNew(page, { role: "coordinator" });
  for (const country of ['x"; filename="evil.html', "S\r\nN", "S\u0000", "ÉS", "SEN"]) {
    const response = await page.request.get(`/exports/milestones.csv?country=${encodeURIComponent(country)}`);
    expect(response.status(), JSON.stringify(country)).toBe(400);
    expect(response.headers()["content-disposition"]).toBeUndefined();
    expect((await response.json()).error).toMatchObject({ code: "INVALID", fields: { country: "Enter two letters, such as SN." } });
  }
  const named = await page.request.get("/exports/milestones.csv?country=id");
  expect(named.status()).toBe(200);
  expect(named.headers()["content-disposition"]).toBe(`attachment; filename="socle-milestones-ID-${today()}.csv"`);
});

async function logMilestoneWithFile(page: Page, title: string) {
  await openStep(page, "Indonesia", "Set up the national SPF working group");
  await logMilestone(page, { title, occurredOn: "2024-03-14", files: { name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) } });
  const milestone = page.getByTestId("milestone").filter({ hasText: title });
  await expect(milestone).toBeVisible();
  return (await milestone.getByRole("link", { name: "minutes.pdf" }).getAttribute("href"))!;
}

test("an evidence download keeps its own sandboxing CSP, while pages keep theirs", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "ID" });
  const href = await logMilestoneWithFile(page, `First working group meeting ${Date.now().toString(36)}`);
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  // Next 16 leaves Content-Length out of every route handler's answer (send-response.js) and sends it chunked:
  // the whole file must still arrive.
  expect(Buffer.compare(await download.body(), Buffer.from(samplePdf()))).toBe(0);
  const pagePolicy = (await page.request.get("/countries/ID")).headers()["content-security-policy"] ?? "";
  expect(pagePolicy).toMatch(/script-src 'self' 'nonce-/);
});

test("a person without a role gets no PDF either, by token as by session", async ({ request }) => {
  const person = await createPerson(request, { role: null });
  const token = (await (await request.post("/api/test-support/api-tokens", { data: { userId: person.userId } })).json()).token as string;
  const response = await request.get("/reports/pdf", { maxRedirects: 0, headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(403);
});
