/**
 * Exchange rates (issue 21): a coordinator finds the rates in the menu, imports a small rate table in Socle's layout
 * written by the test, reads the dry run, applies it, and finds an imported rate in the list filtered by its
 * currency; the same file again changes nothing. The rates are of the last days of 2099, in a currency no other spec
 * converts, so they are the newest in the list; their source is this run's own, so a second run updates them.
 */
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";


test("a coordinator imports a rate table, reads the dry run, applies it and finds a rate in the list", async ({ page }) => {
  test.setTimeout(90_000);
  const source = `Reserve Bank of Malawi (run ${Date.now()})`;
  const table = ["currency,base_currency,period,period_start,rate,source", `MWK,USD,day,2099-12-30,1734.5,${source}`, `MWK,USD,day,2099-12-31,"1,735.25",${source}`].join("\r\n");
  const file = { name: "malawi-rates.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${table}\r\n`) };

  await signInAsNew(page, { role: "coordinator", name: "Chikondi Banda" });
  // In the menu's Administration group (folded until opened): the link is there for a coordinator.
  await expect(page.locator('nav a[href="/admin/exchange-rates"]').first()).toHaveText("Exchange rates");
  await page.goto("/admin/exchange-rates");
  await expect(page.getByRole("heading", { level: 1, name: "Exchange rates" })).toBeVisible();
  await page.getByRole("link", { name: "Import a rate table" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a rate table" })).toBeVisible();

  // A grouped thousand is refused on its row and column: nothing to apply.
  await page.getByLabel("File (CSV or XLSX)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rate table check" })).toBeVisible();
  await expect(page.getByRole("row", { name: /3\s+rate/ })).toContainText("Enter a rate greater than zero");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  // Corrected, the file adds two rates (updates them, on a second run: their source is this run's).
  await page.goto("/admin/exchange-rates/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ ...file, buffer: Buffer.from(`\uFEFF${table.replace('"1,735.25"', "1735.25")}\r\n`) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("rate-import-counts")).toContainText(/2 rates to (add|update)/);
  await expect(page.getByRole("row", { name: new RegExp(`MWK per USD.*1734\\.5`) })).toContainText(/Add|Update/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText(/Imported on .*: (2 rows added|0 rows added, 2 updated)/)).toBeVisible();

  // The list, filtered by the currency, shows the newest imported rate first, marked as imported.
  await page.goto("/admin/exchange-rates");
  await page.getByLabel("Currency").selectOption("MWK");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/currency=MWK/);
  const newest = page.getByTestId("exchange-rate-row").first();
  await expect(newest).toContainText("1735.25");
  await expect(newest).toContainText(source);
  await expect(newest).toContainText("imported");

  // The same file again changes nothing.
  await page.goto("/admin/exchange-rates/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ ...file, buffer: Buffer.from(table.replace('"1,735.25"', "1735.25")) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("rate-import-counts")).toContainText("2 rates unchanged");
  await expect(page.getByText("Everything in this file is already in Socle: there is nothing to import.")).toBeVisible();
});
