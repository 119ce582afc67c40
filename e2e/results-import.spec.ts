/**
 * Importing indicator values (issue 19): a coordinator imports an ILOSTAT file naming Benin, reads the dry run row
 * by row and applies it; imports an Open SDG file for Benin without JavaScript; the results across countries then
 * show Benin in the table and colour it on the world map. Benin's unemployment (SI_COV_UEMP) and pension
 * (SI_COV_PENSN) series are this spec's: e2e/results.spec.ts follows Benin's SI_COV_BENFTS by hand.
 */
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";

/** ILOSTAT's bulk layout, as in the README: Benin's row, and a regional aggregate the import skips. */
const ilostat = [
  "ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_classif,note_indicator,note_source",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_UNE,2022,12.4,,,,",
  "X01,,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_UNE,2022,46.9,,,,",
].join("\n");

/** Open SDG's layout, as in the README: the file names no country, the importer chooses Benin. */
const openSdg = ["Year,SERIES,UNIT_MEASURE,Sex,Age,Value", "2021,SI_COV_PENSN,PT,,,17.3", "2021,SI_COV_PENSN,PT,,65+,19.1"].join("\n");

/** A file to upload, as a person would pick it from their disk; handed to the browser as it is, so no file is left behind. */
type PickedFile = { name: string; mimeType: string; buffer: Buffer };
const pickedFile = (name: string, text: string): PickedFile => ({ name, mimeType: "text/csv", buffer: Buffer.from(`${text}\n`) });

async function checkFile(page: Page, file: PickedFile, countryLabel: string) {
  await page.goto("/results/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import indicator values" })).toBeVisible();
  await page.getByLabel("Country", { exact: true }).selectOption({ label: countryLabel });
  await page.getByLabel("File (CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import check" })).toBeVisible();
}

test("a coordinator imports an ILOSTAT file and an Open SDG file for Benin, and the results across countries show Benin", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsNew(page, { role: "coordinator", name: "Aïssata Diallo" });

  // The ILOSTAT file, for every country it names: Benin's row is added (following the series first), the aggregate skipped in words.
  await checkFile(page, pickedFile("SDG_0131_SEX_SOC_RT_A.csv", ilostat), "Every country the file names (ILOSTAT)");
  await expect(page.getByLabel("What the import would do")).toContainText(/row to add\s*1/);
  await expect(page.getByTestId("import-follows")).toContainText("BJ: SI_COV_UEMP");
  const beninRow = page.getByRole("row", { name: /SI_COV_UEMP/ });
  await expect(beninRow).toContainText("BJ");
  await expect(beninRow).toContainText("2022");
  await expect(beninRow).toContainText("12.4");
  await expect(beninRow).toContainText("Add");
  await expect(page.getByRole("row", { name: /Unknown country: X01/ })).toContainText("Skip");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByText("1 value added, 0 values updated.", { exact: false })).toBeVisible();
  // Checked again, the same file changes nothing.
  await expect(page.getByText("Everything in this file is already in Socle: there is nothing to import.")).toBeVisible();

  // The Open SDG file, without JavaScript: the country chosen, only the total kept, applied through plain form posts.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await signInAsNew(plain, { role: "coordinator", name: "Kossi Agbo" });
  // Without a country an Open SDG file is refused on the country, and the page says why.
  await plain.goto("/results/import");
  await plain.getByLabel("File (CSV)").setInputFiles(pickedFile("indicator_1-3-1.csv", openSdg));
  await plain.getByRole("button", { name: "Check the file" }).click();
  await expect(plain.getByText("Choose the country this Open SDG file is about: the file does not say.")).toBeVisible();
  await checkFile(plain, pickedFile("indicator_1-3-1.csv", openSdg), "Benin");
  await expect(plain.getByRole("row", { name: /SI_COV_PENSN/ }).first()).toContainText("17.3");
  await expect(plain.getByRole("row", { name: /Disaggregated by Age/ })).toContainText("Skip");
  await plain.getByRole("button", { name: "Import 1 row" }).click();
  await expect(plain.getByText("1 value added, 0 values updated.", { exact: false })).toBeVisible();
  await noScript.close();

  // Across countries: Benin in the sortable table with its value and year, and coloured on the map.
  await page.goto("/results?series=SI_COV_UEMP");
  await expect(page.getByRole("heading", { level: 1, name: "Results across countries" })).toBeVisible();
  const table = page.getByRole("table", { name: /Latest value by country/ });
  const benin = table.getByRole("row", { name: /Benin/ });
  await expect(benin).toContainText("12.4 %");
  await expect(benin).toContainText("2022");
  await expect(benin.getByRole("link", { name: "Benin" })).toHaveAttribute("href", "/countries/BJ/results");
  const drawn = page.locator('svg g[data-country="BJ"]');
  await expect(drawn.locator("title")).toHaveText("Benin: 12.4 % (2022)");
  // Coloured in the first fifth of the scale (below 20 %), not the grey of countries without a value.
  await expect(drawn.locator("use").first()).toHaveAttribute("fill", "#c7e9b4");
  // Its outline comes from the map's file of shapes (decision 2480): drawn, so the browser found it there.
  await expect.poll(() => drawn.locator("use").first().evaluate((shape) => (shape as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(5);
  await expect(page.getByRole("list", { name: "Legend" })).toContainText(/Below 20 % \(\d+\)/);
  // Sorting is a link, so it works without JavaScript too; the CSV has Benin's row.
  await table.getByRole("link", { name: "Sort by Latest value" }).click();
  await expect(page).toHaveURL(/sort=value&dir=asc/);
  const csv = await page.request.get("/exports/results-across.csv?series=SI_COV_UEMP");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/\nBJ,Benin,SI_COV_UEMP,.*,percent,2022,2022-01-01,2022-12-31,12.4,,ILOSTAT/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/results?series=SI_COV_PENSN");
  await expect(page.getByRole("table", { name: /Latest value by country/ }).getByRole("row", { name: /Benin/ })).toContainText("17.3 %");
});
