import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";

/**
 * Importing an agency's IATI file (issue 21, decision 2130): a coordinator adds the Dominican Republic, which UNICEF's
 * real social protection file names (`../shared/real-data/`, handed to the browser as it is, never copied); a UNICEF
 * adviser uploads the file, watches the dry run read it, reviews the answers, applies them, finds the entry on the
 * Dominican Republic's support page, then uploads the same file again and sees every activity unchanged.
 */
const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
const unicefFile = {
  name: "iati-unicef-2.02-social-protection.xml",
  mimeType: "application/xml",
  buffer: readFileSync(path.join(realData, "iati-unicef-2.02-social-protection.xml")),
};
const dominicanActivity = "XM-DAC-41122-Dominican Republic-1260/A0/05/801/004";

test("a UNICEF adviser imports UNICEF's IATI file, applies it, finds the entry on the Dominican Republic, and the same file again is unchanged", async ({ page, browser }) => {
  test.setTimeout(180_000);

  // The file's countries are not Socle's countries yet: a coordinator adds one (another run on this server may have).
  const coordinator = await browser.newPage();
  await signInAsNew(coordinator, { role: "coordinator", name: "Camille Coordinator" });
  if (!(await coordinator.request.get("/api/v1/countries/DO")).ok()) {
    await coordinator.goto("/admin/countries/new");
    await coordinator.getByLabel("ISO 3166-1 code").fill("DO");
    await coordinator.getByLabel("Region").selectOption({ label: "Americas" });
    await coordinator.getByLabel("SPF-I status").selectOption({ label: "Interest expressed" });
    await coordinator.getByRole("button", { name: "Add the country" }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: "Dominican Republic" })).toBeVisible();
  }

  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF", name: "Rosa Martínez" }, "/support");
  await page.getByRole("link", { name: "Import an IATI file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import your agency's IATI file" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The upload shows its progress, then the import's page reads the file and refreshes itself until the dry run is done.
  await page.getByLabel("IATI activity file (XML)").setInputFiles(unicefFile);
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IATI import" })).toBeVisible({ timeout: 30_000 });
  const summary = page.getByLabel("What the import would do, by activity");
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText(/New\s*1/);
  const activities = page.getByRole("table", { name: "Activities" });
  await expect(activities.getByRole("row").filter({ hasText: dominicanActivity })).toContainText("New");
  // The countries Socle does not hold are named, with why.
  await expect(page.getByRole("status").filter({ hasText: "Countries Socle does not hold" })).toContainText("BD");
  await expect(page.getByRole("table", { name: "Skipped" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Applied/ }).first()).toBeVisible();
  await expect(page.getByLabel("What the import did, by activity")).toBeVisible();

  // The entry is on the Dominican Republic's support page, for everyone.
  await coordinator.goto("/countries/DO/support");
  await expect(coordinator.getByText("SOCIAL INCLUSION COVID-19 RESPONSE").first()).toBeVisible();
  await page.goto("/countries/DO/support");
  await page.getByRole("link", { name: "SOCIAL INCLUSION COVID-19 RESPONSE" }).first().click();
  await expect(page).toHaveURL(/\/support\/[0-9a-f-]{36}$/);

  // The same file again: every activity it keeps is unchanged, and there is nothing to apply.
  await page.goto("/support/import/iati");
  await page.getByLabel("IATI activity file (XML)").setInputFiles(unicefFile);
  await page.getByRole("button", { name: "Upload and check" }).click();
  const again = page.getByLabel("What the import would do, by activity");
  await expect(again).toBeVisible({ timeout: 30_000 });
  await expect(again).toContainText(/Unchanged\s*1/);
  await expect(again).toContainText(/New\s*0/);
  await expect(page.getByText("Nothing to write: every activity is unchanged, in conflict, locked or skipped.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);

  // The past imports list both.
  await page.goto("/support/import/iati");
  await expect(page.getByRole("table", { name: "Past imports" }).getByRole("row").filter({ hasText: unicefFile.name })).toHaveCount(2);
});
