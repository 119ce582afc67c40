/**
 * Issue 9's journey: Thailand's working group shares its costing evidence on step 6 and keeps a draft to
 * itself; a Mozambique member on step 6 sees the RAP tool and what Thailand shared (not the draft, not in
 * search either), searches "actuarial", and records a training at the Turin centre with 12 participants.
 * Countries of this spec: Thailand's and Mozambique's step 6 milestones and Mozambique's trainings.
 */
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { logMilestone, openStep } from "./helpers/progress";
import { goThroughMenu } from "./helpers/navigation";

const stepSix = "Assess cost and impact, and identify financing";

/** Thailand's costing evidence on step 6, with its report's link, shared with all or kept to the country. */
async function logCosting(page: Page, title: string, { shared }: { shared: boolean }) {
  await logMilestone(page, { title, occurredOn: "2024-05-20", link: { title: `${title} (report)`, url: "https://example.org/th/costing" }, shared });
  await expect(page.getByTestId("milestone").filter({ hasText: title })).toBeVisible();
}

test("a Mozambique member on step 6 sees the RAP tool and Thailand's shared costing evidence, not its draft; searches; records a Turin training", async ({ browser }) => {
  test.setTimeout(120_000);
  const thai = await browser.newPage();
  await signInAsNew(thai, { role: "working_group_member", countryCode: "TH", name: "Somchai Prasert" });
  await openStep(thai, "Thailand", stepSix);
  await logCosting(thai, "Universal pension costed with the RAP", { shared: true });
  await logCosting(thai, "Draft cabinet note on fiscal space", { shared: false });
  const status = thai.getByRole("region", { name: "Status" });
  await status.getByText("Complete this step").click();
  await status.getByLabel("Sign-off note").fill("Costing endorsed by the finance ministry");
  await thai.getByRole("button", { name: "Complete the step" }).click();
  await expect(status).toContainText("Completed");
  await thai.close();

  const page = await browser.newPage();
  await signInAsNew(page, { role: "working_group_member", countryCode: "MZ", name: "Lúcia Macuácua" });
  await openStep(page, "Mozambique", stepSix);
  const tools = page.getByRole("region", { name: "Tools for this step" });
  await expect(tools.getByRole("link", { name: "Rapid Assessment Protocol (RAP)" })).toBeVisible();

  const others = page.getByRole("region", { name: "How other countries did it" });
  await expect(others.getByRole("list", { name: "Countries that completed this step" }).getByRole("listitem").filter({ hasText: "Thailand" })).toContainText("signed off on");
  const shared = others.getByTestId("shared-item").filter({ hasText: "Universal pension costed with the RAP" });
  await expect(shared).toContainText("Thailand");
  await expect(shared.getByRole("link", { name: "Universal pension costed with the RAP (report)" })).toHaveAttribute("href", "https://example.org/th/costing");
  await expect(others).not.toContainText("Draft cabinet note on fiscal space");

  // The search box finds the tool and the shared milestone; the draft is found by no one outside Thailand.
  await page.getByRole("link", { name: "Search", exact: true }).click();
  await page.getByLabel("Words to find").fill("actuarial");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("results-resources").getByRole("link", { name: "Actuarial models for social security" })).toBeVisible();
  await expect(page.getByTestId("results-resources").locator("mark").first()).toHaveText(/actuarial/i);
  await page.getByLabel("Words to find").fill("cabinet fiscal space");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("Nothing you may see matches “cabinet fiscal space”")).toBeVisible();
  await page.getByLabel("Words to find").fill("universal pension");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("results-milestones").getByRole("link", { name: /Universal pension costed with the RAP/ })).toBeVisible();

  // A training at the Turin centre with 12 participants joins Mozambique's history and the cross-country totals.
  await page.goto("/countries/MZ");
  await page.getByRole("link", { name: "Capacity building" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Capacity building in Mozambique" })).toBeVisible();
  await page.getByRole("link", { name: "Record a training" }).first().click();
  await page.getByLabel("Course", { exact: true }).fill("Social protection financing");
  await page.getByLabel("Training institution").selectOption({ label: "International Training Centre of the ILO (Turin)" });
  await page.getByLabel("First day").fill("2024-09-02");
  await page.getByLabel("Last day (optional)").fill("2024-09-13");
  await page.getByLabel("Agency funding it").selectOption({ label: "ILO" });
  await page.getByLabel("Row 1: institution").fill("Ministry of Gender, Children and Social Action");
  await page.getByLabel("Row 1: women").fill("5");
  await page.getByLabel("Row 1: men").fill("3");
  await page.getByLabel("Row 2: institution").fill("National Institute of Social Action");
  await page.getByLabel("Row 2: women").fill("2");
  await page.getByLabel("Row 2: men").fill("2");
  await page.getByRole("button", { name: "Record the training" }).click();
  await expect(page.getByRole("status").or(page.locator("[role=alert]")).filter({ hasText: "The training was recorded." })).toBeVisible();
  const training = page.getByTestId("training").filter({ hasText: "Social protection financing" });
  await expect(training).toContainText("International Training Centre of the ILO (Turin)");
  await expect(training).toContainText("12 participants: 7 women, 5 men, 0 not stated");

  await goThroughMenu(page, "Trainings", "Learning");
  const row = page.getByRole("table", { name: "Per country" }).getByRole("row").filter({ hasText: "Mozambique" });
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^\d+$/);
  expect(Number(await row.getByRole("cell").nth(2).textContent())).toBeGreaterThanOrEqual(12);
});

test("the training form refuses a training with no participants, without JavaScript, and keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsNew(page, { role: "working_group_member", countryCode: "MZ" }, "/countries/MZ/trainings/new");
  await page.getByLabel("Course", { exact: true }).fill("Actuarial valuation basics");
  await page.getByLabel("Training institution").selectOption({ label: "University of Mauritius" });
  await page.getByLabel("First day").fill("2024-10-01");
  await page.getByRole("button", { name: "Record the training" }).click();
  await expect(page.getByText("Give at least one institution with its participants.")).toBeVisible();
  await expect(page.getByLabel("Course", { exact: true })).toHaveValue("Actuarial valuation basics");
  await context.close();
});

test("the library's filters show everything again once cleared", async ({ page }) => {
  await signInAsNew(page, { role: "reviewer" }, "/library");
  const filters = page.getByRole("form", { name: "Filter the library" });
  const resources = page.getByTestId("resource");
  const all = await resources.count();
  await filters.getByLabel("Key step").selectOption({ label: `6. ${stepSix}` });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/step=/);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(resources).toHaveCount(all);
  await expect(filters.getByLabel("Key step")).toHaveValue("");
  await expect(filters.getByLabel("Key step").locator("option:checked")).toHaveText("Any step");
});
