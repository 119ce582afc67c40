import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { logMilestone, openStep } from "./helpers/progress";

// Haiti is this spec's country: other specs leave its steps and support alone.
test.use({ javaScriptEnabled: false });

const awareness = "Raise awareness and build political will";

test("without JavaScript a member signs in, reads Haiti's workspace, logs a milestone with a link, starts the step and records a need", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "HT", name: "Marie-Ange Joseph" });
  await openStep(page, "Haiti", awareness);

  // A refused milestone shows its field messages and keeps what was typed.
  const refused = await logMilestone(page, {
    title: "National forum on the social protection floor",
    occurredOn: "2999-01-01",
    description: "Two hundred participants in Port-au-Prince.",
    link: { title: "Forum report", url: "not a web address" },
  });
  await expect(refused.getByText("This date is in the future. Log a milestone once it has happened.")).toBeVisible();
  await expect(refused.getByText("Enter a web address that starts with https:// or http://.")).toBeVisible();
  await expect(refused.getByLabel("What happened")).toHaveValue("National forum on the social protection floor");
  await expect(refused.getByLabel("Description")).toHaveValue("Two hundred participants in Port-au-Prince.");

  await refused.getByLabel("Date it happened").fill("2025-05-20");
  await refused.getByLabel("Link 1: web address").fill("https://example.org/forum-haiti");
  await refused.getByRole("button", { name: "Log milestone" }).click();
  const milestone = page.getByTestId("milestone").filter({ hasText: "National forum on the social protection floor" });
  await expect(milestone).toBeVisible();
  await expect(milestone.getByRole("link", { name: "Forum report" })).toHaveAttribute("href", "https://example.org/forum-haiti");

  // The step's status changes through its form.
  const status = page.getByRole("region", { name: "Status" });
  await status.getByRole("button", { name: "Mark as in progress" }).click();
  await expect(page.getByRole("region", { name: "Status" })).toContainText("In progress");

  // Back on the workspace, the step reads in progress.
  await page.goto("/countries/HT");
  await expect(page.getByRole("table", { name: "Key steps" }).getByRole("row", { name: new RegExp(awareness) })).toContainText("In progress");

  // A need, recorded from the support page.
  await page.goto("/countries/HT/support/needs/new");
  await expect(page.getByRole("heading", { level: 1, name: "Record a support need" })).toBeVisible();
  await page.getByLabel("Technical").check();
  await page.getByLabel("Category").selectOption("advocacy_awareness");
  await page.getByLabel("What exactly is needed").fill("Communication campaign on the floor");
  await page.getByRole("button", { name: "Record the need" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
  await expect(page.getByText("Communication campaign on the floor")).toBeVisible();
});

test("without JavaScript an adviser adds a support entry for Haiti, and a refused one keeps what was typed", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "ILO" }, "/support/new?country=HT");
  await expect(page.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await page.getByLabel("Financial").check();
  await page.getByLabel("Title").fill("Costing study for Haiti");
  await page.getByLabel("Amount").fill("-5");
  await page.getByLabel("Currency").fill("USD");
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByText("An amount cannot be negative.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Costing study for Haiti");

  await page.getByLabel("Amount").fill("75000");
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Costing study for Haiti" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "The support entry was added." })).toBeVisible();
});

test("without JavaScript a coordinator adds an exchange rate, and a refused one keeps what was typed", async ({ page }) => {
  await signInAsNew(page, { role: "coordinator" }, "/admin/exchange-rates/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add an exchange rate" })).toBeVisible();
  await page.getByLabel("Currency", { exact: true }).fill("HTG");
  await page.getByLabel("Period", { exact: true }).selectOption("day");
  await page.getByLabel("Period start").fill("2098-03-14");
  await page.getByLabel("Rate", { exact: true }).fill("0");
  await page.getByLabel("Source", { exact: true }).fill("Banque de la République d'Haïti");
  await page.getByRole("button", { name: "Add a rate" }).click();
  await expect(page.getByText("Enter a rate greater than zero in figures")).toBeVisible();
  await expect(page.getByLabel("Source", { exact: true })).toHaveValue("Banque de la République d'Haïti");
  await expect(page.getByLabel("Currency", { exact: true })).toHaveValue("HTG");

  await page.getByLabel("Rate", { exact: true }).fill("131.5");
  await page.getByRole("button", { name: "Add a rate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rate added." })).toBeVisible();
});

test("without JavaScript anyone reads the public list of countries, in the language its address names, and moves to another", async ({ page }) => {
  await page.goto("/public/pt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Países que constroem um piso de proteção social");
  await expect(page.getByRole("heading", { name: "Atividades interagências em curso" })).toBeVisible();
  await expect(page.getByTestId("public-under-way")).toContainText("Moçambique");
  await expect(page.getByTestId("public-interested")).toBeVisible();
  await page.getByRole("navigation", { name: "Esta página noutras línguas" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/public\/fr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pays qui construisent un socle de protection sociale");
});

test("without JavaScript a member chooses the countries they follow, and the feed says which", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "HT" }, "/activity");
  await expect(page.getByTestId("followed-countries")).toHaveText("Haiti");
  await page.getByRole("link", { name: "Choose the countries you follow" }).click();
  await page.getByRole("group", { name: "Americas" }).getByRole("checkbox", { name: "Haiti (by default)" }).uncheck();
  await page.getByRole("group", { name: "Africa" }).getByRole("checkbox", { name: "Benin", exact: true }).check();
  await page.getByRole("button", { name: "Save the countries you follow" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. You follow 1 country." })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Haiti (by default)" })).not.toBeChecked();
  await page.getByRole("link", { name: "Back to the activity feed" }).click();
  await expect(page.getByTestId("followed-countries")).toHaveText("Benin");
  await expect(page.getByText("The newest changes in the countries you follow (1).")).toBeVisible();
});
