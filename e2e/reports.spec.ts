/**
 * Reports, exports and the JSON API as a coordinator uses them: writes through /api/v1 with a personal token
 * (a retried create writes once), then the country report as PDF, spreadsheets and IATI XML, and the summary of every
 * country as CSV and through the API, read back for what they hold. Cambodia's data is this spec's; Benin's report is only read.
 */
import fs from "node:fs/promises";
import { type Download, expect, type Page, request, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { signInAsNew } from "./helpers/accounts";

async function downloaded(page: Page, start: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), start()]);
  return { download, bytes: await fs.readFile((await download.path())!) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("a coordinator writes through the API with a token, downloads Cambodia's report as PDF, XLSX, CSV and IATI XML, and a revoked token is refused", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const milestoneTitle = `Costing study validated ${run}`;
  const grantTitle = `Social budget grant ${run}`;

  // An ILO adviser records technical support in Cambodia, so that the API can tell the ILO's id.
  const adviser = await browser.newPage();
  await signInAsNew(adviser, { role: "agency_adviser", agencyAcronym: "ILO" }, "/support/new?country=KH");
  await adviser.getByLabel("Technical").check();
  await adviser.getByLabel("Title").fill(`Actuarial review ${run}`);
  await adviser.getByLabel("Category").selectOption("costing_modelling");
  await adviser.getByRole("button", { name: "Add support" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: `Actuarial review ${run}` })).toBeVisible();
  await adviser.close();

  await signInAsNew(page, { role: "coordinator", name: "Amara Diallo" }, "/profile");
  await page.getByLabel("Name", { exact: true }).fill("Report script");
  await page.getByRole("button", { name: "Create a token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  const program = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } }); // no cookies

  const steps = (await (await program.get("/api/v1/countries/KH/steps")).json()) as { data: { id: string; key: string }[] };
  const costing = steps.data.find((step) => step.key === "costing_financing")!;
  const milestone = { countryStepId: costing.id, title: milestoneTitle, occurredOn: "2026-05-04", links: [{ url: "https://example.org/kh-costing", title: "Costing report" }] };
  const logged = await program.post("/api/v1/countries/KH/milestones", { data: milestone, headers: { "Idempotency-Key": `milestone-${run}` } });
  expect(logged.status(), await logged.text()).toBe(201);
  // The answer was lost, the script retries: the same milestone comes back and nothing is written twice.
  const retried = await program.post("/api/v1/countries/KH/milestones", { data: milestone, headers: { "Idempotency-Key": `milestone-${run}` } });
  expect(retried.status()).toBe(201);
  expect(retried.headers()["idempotent-replayed"]).toBe("true");
  expect((await retried.json()).data.id).toBe((await logged.json()).data.id);
  const listed = (await (await program.get("/api/v1/milestones?country=KH&step=costing_financing")).json()) as { data: { title: string }[] };
  expect(listed.data.filter((row) => row.title === milestoneTitle)).toHaveLength(1);
  // Years of history: the report lists a step's latest ten milestones and says how many there are.
  for (let day = 1; day <= 10; day++) {
    const earlier = await program.post("/api/v1/countries/KH/milestones", {
      data: { countryStepId: costing.id, title: `Costing working session ${day} ${run}`, occurredOn: `2026-04-${String(day).padStart(2, "0")}` },
      headers: { "Idempotency-Key": `earlier-${day}-${run}` },
    });
    expect(earlier.status()).toBe(201);
  }

  const support = (await (await program.get("/api/v1/support-entries?country=KH&agency=ILO")).json()) as { data: { agencyId: string }[] };
  const grant = await program.post("/api/v1/support-entries", {
    data: { countryCode: "KH", agencyId: support.data[0]!.agencyId, kind: "financial", title: grantTitle, status: "ongoing", amount: "250000.50", currency: "USD", startDate: "2026-01-01" },
  });
  expect(grant.status(), await grant.text()).toBe(201);
  const grantId = (await grant.json()).data.id as string;
  const committed = await program.post(`/api/v1/support-entries/${grantId}/transactions`, { data: { type: "committed", amount: "250000.50", occurredOn: "2026-02-01" } });
  expect((await committed.json()).data.flow).toMatchObject({ committed: "250000.5" });
  const refused = await program.post("/api/v1/support-entries", { data: { countryCode: "KH", agencyId: support.data[0]!.agencyId, kind: "financial", title: "No amount", status: "ongoing" } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ code: "INVALID", fields: { amount: expect.any(String) } });

  // The report page and its PDF.
  await page.goto("/reports/countries/KH");
  await expect(page.getByRole("heading", { level: 1, name: "Cambodia: country report" })).toBeVisible();
  const milestonesSection = page.getByRole("region", { name: "Milestones and evidence" });
  await expect(milestonesSection.getByText(milestoneTitle)).toBeVisible();
  await expect(milestonesSection.getByText(`Costing working session 10 ${run}`)).toBeVisible();
  await expect(milestonesSection.getByText(`Costing working session 1 ${run}`)).toHaveCount(0);
  await expect(milestonesSection.getByText(/^The latest 10 of \d+ milestones; the step's page in Socle and the milestones export list them all\.$/)).toBeVisible();
  const pdf = await downloaded(page, () => page.getByRole("link", { name: "Download PDF" }).click());
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = await pdfText(pdf.bytes);
  expect(text).toContain("Cambodia: country report");
  expect(text).toContain(milestoneTitle);
  expect(text).toMatch(/The latest 10 of \d+ milestones/);
  expect(text).toContain("Prepared");

  // Milestones as XLSX: typed cells in a sheet with a frozen header.
  const xlsx = await downloaded(page, () => page.getByRole("link", { name: "Milestones as XLSX" }).click());
  expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const row = sheet.getRows(2, sheet.rowCount - 1)!.find((candidate) => (candidate.values as unknown[]).includes(milestoneTitle))!;
  expect(row).toBeDefined();
  const cell = (header: string) => row.getCell(headers.indexOf(header) + 1).value;
  expect(cell("Country")).toBe("KH");
  expect(cell("Date")).toEqual(new Date("2026-05-04T00:00:00Z"));
  expect(String(cell("Evidence (title <address>)"))).toContain("https://example.org/kh-costing");

  // Support as CSV: the grant with its amount as an exact number and its currency beside it.
  const csv = await downloaded(page, () => page.getByRole("link", { name: "Support entries and transactions as CSV" }).click());
  const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const grantLine = lines.find((line) => line.includes(grantTitle));
  expect(grantLine).toMatch(/250000\.5\b/);
  expect(grantLine).toContain("USD");

  // IATI 2.03: one activity per entry, Cambodia as recipient, the commitment as a transaction of type 2.
  const xml = (await downloaded(page, () => page.getByRole("link", { name: "IATI 2.03 XML" }).click())).bytes.toString("utf8");
  expect(xml).toContain('<iati-activities version="2.03"');
  const activity = xml.split("<iati-activity ").find((part) => part.includes(grantTitle))!;
  expect(activity).toContain('<recipient-country code="KH"');
  expect(activity).toMatch(/<sector [^>]*code="16010"/);
  expect(activity).toMatch(/<transaction-type code="2"\s*\/>/);
  expect(activity).toContain(">250000.5<");

  // Benin's report, only read: the PDF says what the page says.
  await page.goto("/reports/countries/BJ");
  const benin = await pdfText((await downloaded(page, () => page.getByRole("link", { name: "Download PDF" }).click())).bytes);
  expect(benin).toContain("Benin: country report");
  expect(benin).toContain("Key steps and sign-offs");

  // The summary of every country, as a spreadsheet and through the API: Cambodia's commitment in both, the same.
  await page.goto("/reports");
  const summaryCsv = await downloaded(page, () => page.getByRole("link", { name: "Countries at a glance as CSV" }).click());
  expect(summaryCsv.download.suggestedFilename()).toMatch(/^socle-summary-\d{4}-\d{2}-\d{2}\.csv$/);
  const summaryRows = parse(summaryCsv.bytes, { bom: true, columns: true }) as Record<string, string>[];
  expect(Object.keys(summaryRows[0]!).slice(0, 2)).toEqual(["Country code", "Country"]);
  const cambodia = summaryRows.find((row) => row["Country code"] === "KH" && row.Currency === "USD")!;
  expect(cambodia.Country).toBe("Cambodia");
  expect(Number(cambodia.Committed)).toBeGreaterThanOrEqual(250000.5);
  const summary = (await (await program.get("/api/v1/reports/summary")).json()) as { data: { code: string; money: { currency: string; committed: string }[] }[] };
  expect(summary.data.find((country) => country.code === "KH")!.money.find((money) => money.currency === "USD")!.committed).toBe(cambodia.Committed);

  // Revoking the token stops it at once.
  await page.goto("/profile");
  await page.getByRole("checkbox", { name: /I understand.*Report script/ }).check();
  await page.getByRole("button", { name: "Revoke the token Report script" }).click();
  await expect(page.getByRole("row", { name: /Report script/ })).toContainText("Revoked");
  const afterRevoke = await program.get("/api/v1/milestones?country=KH");
  expect(afterRevoke.status()).toBe(401);
  expect((await afterRevoke.json()).error.code).toBe("UNAUTHENTICATED");
  await program.dispose();
});
