/**
 * The inventory's XLSX export re-imports with no change (issue 17): an Indonesia member records two schemes, downloads
 * the inventory from the import page, uploads it again, and the dry run says nothing changes. Countries of this spec:
 * Indonesia's inventory (no other spec writes it).
 */
import fs from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";

async function addScheme(page: Page, scheme: { nationalName: string; guarantee: string; since: string; beneficiaries: string; expenditure: string }) {
  await page.goto("/countries/ID/schemes/new");
  await page.getByLabel("National name").fill(scheme.nationalName);
  await page.getByRole("group", { name: "Guarantees it serves" }).getByLabel(scheme.guarantee).check();
  await page.getByLabel("Since").fill(scheme.since);
  const coverage = page.getByRole("group", { name: "Coverage" });
  await coverage.getByLabel("Beneficiaries (effective coverage)").fill(scheme.beneficiaries);
  await coverage.getByLabel("Year of the figures").fill("2024");
  const money = page.getByRole("group", { name: "Expenditure and financing" });
  await money.getByLabel("Yearly expenditure").fill(scheme.expenditure);
  await money.getByLabel("Currency").fill("IDR");
  await money.getByLabel("Year", { exact: true }).fill("2024");
  await page.getByLabel(/Only the working group and coordinators/).check();
  await page.getByRole("button", { name: "Add the scheme" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The scheme was added." })).toBeVisible();
}

test("the inventory's XLSX export re-imports with no change", async ({ page }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  await signInAsNew(page, { role: "working_group_member", countryCode: "ID", name: "Sri Wahyuni" });
  // Text a spreadsheet would read as a formula, a date, figures with decimals and grouped thousands: all come back as they were.
  await addScheme(page, { nationalName: `=Program Keluarga Harapan ${run}`, guarantee: "Children", since: "2007-07-01", beneficiaries: "10 000 000", expenditure: "28700000000000.5" });
  await addScheme(page, { nationalName: `Jaminan Kesehatan Nasional ${run}`, guarantee: "Essential health care", since: "2014-01-01", beneficiaries: "248000000", expenditure: "144000000000000" });

  await page.goto("/countries/ID/schemes");
  await page.getByRole("link", { name: "Import a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a spreadsheet into the inventory of Indonesia" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the inventory (Excel, XLSX)" }).click()]);
  const bytes = await fs.readFile((await download.path())!);
  expect(download.suggestedFilename()).toMatch(/^socle-schemes-ID-.*\.xlsx$/);

  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "inventory.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import check" })).toBeVisible();
  const summary = page.getByLabel("What the import would do");
  await expect(summary).toContainText(/rows to add\s*0/);
  await expect(summary).toContainText(/rows to update\s*0/);
  await expect(summary).not.toContainText(/rows? unchanged\s*0\b/);
  await expect(page.getByText("Everything in this file is already in Socle: there is nothing to import.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(`Program Keluarga Harapan ${run}`) })).toContainText("Skip (unchanged)");
  expect(await seriousViolations(page)).toEqual([]);
});
