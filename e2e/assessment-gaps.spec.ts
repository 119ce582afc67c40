import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { goThroughMenu } from "./helpers/navigation";

// Countries of this spec: Mozambique (a policy gap for children, added to the matrix e2e/assessment.spec.ts
// endorses) and El Salvador (a gap kept to the country). Writing to Mozambique's matrix beside that journey could
// move the version its endorsement names, so this spec runs in the "alone" project (playwright.config.ts), after it.

async function addPolicyGap(page: Page, countryCode: string, statement: string) {
  await page.goto(`/countries/${countryCode}/assessment/items/new?guarantee=children&section=policy_gap`);
  await page.getByLabel("Statement").fill(statement);
  await page.getByRole("button", { name: "Add to the matrix" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the matrix." })).toBeVisible();
}

test("the coordinator's gaps view, filtered to children, lists Mozambique under its gap, with the chart's table; a kept matrix is not shared with others", async ({ browser }) => {
  test.setTimeout(120_000);
  const mozambique = await browser.newPage();
  await signInAsNew(mozambique, { role: "working_group_member", countryCode: "MZ" });
  await addPolicyGap(mozambique, "MZ", "The child grant stops at age two");
  const salvador = await browser.newPage();
  await signInAsNew(salvador, { role: "working_group_member", countryCode: "SV" });
  await addPolicyGap(salvador, "SV", "No benefit for children of informal workers");

  // The coordinator finds the view in the menu and filters it with the form, which puts the filter in the address.
  const coordinator = await browser.newPage();
  await signInAsNew(coordinator, { role: "coordinator" });
  await goThroughMenu(coordinator, "Assessment gaps", "Review");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Gaps across countries" })).toBeVisible();
  const filters = coordinator.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Guarantee").selectOption({ label: "Children" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(coordinator).toHaveURL(/\/assessment\/gaps\?(.*&)?guarantee=children/);

  const children = coordinator.getByRole("region", { name: "Children", exact: true });
  await expect(coordinator.getByRole("region", { name: "Older persons", exact: true })).toHaveCount(0);
  await expect(children.getByTestId("with-gap-children").getByRole("link", { name: "Mozambique" })).toHaveAttribute("href", "/countries/MZ/assessment");
  await expect(children.getByTestId("with-gap-children").getByRole("link", { name: "El Salvador" })).toBeVisible();
  // The chart is an image with a name; its table carries the same figures, a row per country.
  await expect(children.getByRole("img", { name: /^Bar chart for Children/ })).toBeVisible();
  const table = children.getByRole("table", { name: "Children: figures per country" });
  const row = table.getByRole("row").filter({ has: coordinator.getByRole("link", { name: "Mozambique" }) });
  await expect(row).toHaveCount(1);
  expect(Number(await row.getByRole("cell").nth(2).innerText())).toBeGreaterThanOrEqual(1);
  expect(await seriousViolations(coordinator)).toEqual([]);

  // A shared address with a filter that cannot be read: it is ignored, and said.
  await coordinator.goto("/assessment/gaps?guarantee=children&region=atlantis");
  // Named by its text: Next's route announcer is an alert too once the page's script has run.
  await expect(coordinator.getByRole("alert").filter({ hasText: "These filters could not be read and were ignored: Region." })).toBeVisible();
  await expect(coordinator.getByTestId("with-gap-children")).toContainText("Mozambique");
  await coordinator.getByTestId("with-gap-children").getByRole("link", { name: "Mozambique" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Assessment matrix: Mozambique" })).toBeVisible();

  // El Salvador keeps its matrix: Mozambique's member is given no figure for it, only its name as not shared.
  await mozambique.goto("/assessment/gaps?guarantee=children");
  await expect(mozambique.getByTestId("gaps-not-shared")).toContainText("El Salvador");
  await expect(mozambique.getByRole("region", { name: "Children", exact: true }).getByRole("link", { name: "El Salvador" })).toHaveCount(0);
  await expect(mozambique.getByTestId("with-gap-children")).toContainText("Mozambique");
});
