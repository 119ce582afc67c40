/**
 * Issue 21, the IATI export by IATI's own rules (decision 2140): an agency without an IATI organisation identifier is
 * told on its page and on its adviser's support list that its activities cannot go to IATI yet, and its download
 * leaves them out and says so; once a coordinator gives it an identifier and type, its activity is in the file.
 */
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { goThroughMenu } from "./helpers/navigation";

test("an agency without an IATI identifier is told it cannot publish yet, and publishes once it has one", async ({ page, browser }) => {
  test.slow(); // two people, an agency and an entry made through the screens
  await signInAsNew(page, { role: "coordinator" });
  await goThroughMenu(page, "Agencies", "Administration");
  await page.getByRole("link", { name: "Add an agency" }).click();
  const acronym = `N${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Short name in English").fill(acronym);
  await page.getByLabel("Name in English", { exact: true }).fill(`New Fund ${acronym}`);
  await page.getByRole("button", { name: "Add the agency" }).click();
  await page.getByRole("row", { name: new RegExp(`New Fund ${acronym}`) }).getByRole("link", { name: `Edit New Fund ${acronym}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${acronym}'s activities cannot be published to IATI yet` })).toBeVisible();
  const agencyPage = page.url();

  // Its adviser sees the same on the support list, adds support, and the IATI download leaves it out, saying so.
  const adviser = await browser.newPage();
  await signInAsNew(adviser, { role: "agency_adviser", agencyAcronym: acronym }, "/support");
  await expect(adviser.getByRole("status").filter({ hasText: `${acronym}'s activities cannot be published to IATI yet` })).toBeVisible();
  await adviser.getByRole("link", { name: "Add support" }).click();
  // The list has a "Country" filter of its own: choose only once the form's page has come.
  await expect(adviser.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await adviser.getByLabel("Country", { exact: true }).selectOption({ label: "Viet Nam" });
  await adviser.getByRole("button", { name: "Continue" }).click();
  await adviser.getByLabel("Technical").check();
  await adviser.getByLabel("Title").fill(`Review by ${acronym}`);
  await adviser.getByLabel("Category").selectOption("expenditure_review");
  await adviser.getByRole("button", { name: "Add support" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: `Review by ${acronym}` })).toBeVisible();
  const before = await adviser.request.get(`/exports/support.xml?agency=${acronym}`);
  expect(before.headers()["x-iati-left-out"]).toBe("1");
  const beforeXml = await before.text();
  expect(beforeXml).toContain(`1 support entries left out: their agency has no IATI organisation identifier and type yet (${acronym})`);
  expect(beforeXml).not.toContain(`Review by ${acronym}`);
  expect(beforeXml).not.toMatch(/ref=""|type=""/);

  // The coordinator gives it an identifier and a type: the notice goes, and the activity is in the file.
  await page.goto(agencyPage);
  await page.getByLabel("IATI organisation identifier").fill(`XM-DAC-${acronym}`);
  await page.getByLabel("IATI organisation type").selectOption("40");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agencies" })).toBeVisible();
  await page.goto(agencyPage);
  await expect(page.getByText("cannot be published to IATI yet")).toHaveCount(0);
  const after = await adviser.request.get(`/exports/support.xml?agency=${acronym}`);
  expect(after.headers()["x-iati-left-out"]).toBe("0");
  const afterXml = await after.text();
  expect(afterXml).toContain(`<reporting-org ref="XM-DAC-${acronym}" type="40">`);
  expect(afterXml).toContain(`Review by ${acronym}`);
});
