import { expect, type Page, test } from "@playwright/test";
import { recomputeWorkbook } from "../lib/testing/recompute-workbook";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { logMilestone, openStep } from "./helpers/progress";

// Runs alone, after e2e/assessment.spec.ts (playwright.config.ts): it adds and endorses Mozambique's recommendations of
// its own, which that journey's counts must not see. Ghana's costing is the no-JavaScript test's; no other spec
// touches either country's costing.

/**
 * A population every figure of which can be checked by hand: each year, per sex, 1,000,000 aged 0–4, 5,000,000 aged
 * 5–64 and 250,000 aged 65 and over. GDP 1,000 billion, no inflation, a poverty line of 20,000 a year.
 */
const population = [
  "year,sex,age,population",
  ...[2025, 2026, 2027, 2028, 2029, 2030].flatMap((year) =>
    ["female", "male"].flatMap((sex) => [`${year},${sex},0-4,1000000`, `${year},${sex},5-64,5000000`, `${year},${sex},65+,250000`]),
  ),
].join("\n");

async function addRecommendation(page: Page, guarantee: string, statement: string) {
  await page.goto("/countries/MZ/assessment");
  await page.getByRole("link", { name: `Add a recommendation to ${guarantee}` }).click();
  await page.getByLabel("Statement").fill(statement);
  await page.getByRole("group", { name: "Kind" }).getByLabel("Benefit or coverage change (to be costed)").check();
  await page.getByRole("group", { name: "Priority" }).getByLabel("High").check();
  await page.getByRole("button", { name: "Add to the matrix" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the matrix." })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** From a recommendation's page, its scenario: ages, a benefit, take-up and administration as the form asks them. */
async function costRecommendation(page: Page, recommendation: string, scenario: { name: string; ageFrom: string; ageTo: string; benefit: "amount" | "povertyLine"; value: string; takeUp: string; admin: string }) {
  await page.goto(recommendation);
  await page.getByRole("link", { name: "Cost it in a scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a benefit scenario" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(scenario.name);
  await page.getByLabel("From age").fill(scenario.ageFrom);
  await page.getByLabel("To age").fill(scenario.ageTo);
  if (scenario.benefit === "amount") {
    await page.getByLabel("Amount a month, in MZN").fill(scenario.value);
    await page.getByRole("group", { name: "Indexation" }).getByLabel("None: the same amount every year").check();
  } else {
    await page.getByRole("group", { name: "Benefit level" }).getByLabel("A share of the poverty line").check();
    await page.getByLabel("Share of the poverty line (%)").fill(scenario.value);
  }
  await page.getByLabel("Take-up in the base year (%)").fill(scenario.takeUp);
  await page.getByLabel("Take-up targeted (%)").fill(scenario.takeUp);
  await page.getByLabel("Year the target is reached").fill("2025");
  await page.getByLabel("Rate (%)").fill(scenario.admin);
  await page.getByRole("button", { name: "Add the scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The scenario was added and costed for every year of the frame." })).toBeVisible();
}

test("a Mozambique member costs two endorsed recommendations from a population file, builds a package, turns its gap into needs an adviser answers; the workbook recomputes to the page", async ({ browser }) => {
  test.setTimeout(240_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "MZ", name: "Graça Costa Manjate" });

  // Two recommendations endorsed at a dialogue: the policy options to cost.
  const childGrant = await addRecommendation(member, "Children", "Pay a child grant to every child under five");
  const pension = await addRecommendation(member, "Older persons", "Pay a social pension from 65 at 40 % of the poverty line");
  await openStep(member, "Mozambique", "Identify viable policy options");
  await logMilestone(member, { title: "Dialogue on the cost of the floor", occurredOn: "2025-09-30", link: { title: "Minutes", url: "https://example.org/mz/costing-dialogue" } });
  await expect(member.getByRole("status").filter({ hasText: /logged/i })).toBeVisible();
  await member.goto("/countries/MZ/assessment/endorse");
  // The newest milestone holding evidence comes first, chosen already.
  await expect(member.getByLabel("The dialogue's milestone").locator("option:checked")).toContainText("Dialogue on the cost of the floor");
  await member.getByRole("button", { name: "Endorse and freeze this version" }).click();
  await expect(member.getByRole("heading", { level: 1, name: /Mozambique's assessment matrix/ })).toBeVisible();

  // The frame, then the population from a file, then each year's figures.
  await member.goto("/countries/MZ/costing");
  await member.getByRole("link", { name: "Set the base year, horizon and currency" }).click();
  await member.getByLabel("Base year").fill("2025");
  await member.getByLabel("Horizon year").fill("2045");
  await member.getByLabel("Currency").fill("MZN");
  await member.getByLabel("Source of the population figures").fill("INE projections 2017–2050");
  await member.getByRole("button", { name: "Save the frame" }).click();
  await expect(member.getByText("The horizon is the base year or one of the 15 years after it.")).toBeVisible();
  await expect(member.getByLabel("Source of the population figures")).toHaveValue("INE projections 2017–2050");
  await member.getByLabel("Horizon year").fill("2030");
  await member.getByRole("button", { name: "Save the frame" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The frame is saved." })).toBeVisible();

  await member.getByRole("link", { name: "Population", exact: true }).click();
  await member.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "mozambique-population.csv", mimeType: "text/csv", buffer: Buffer.from(population) });
  await member.getByRole("button", { name: "Import the population" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Population imported: 36 rows read" })).toBeVisible();
  await expect(member.getByRole("table", { name: "Population by year" }).getByRole("row", { name: /2030/ })).toContainText("12,500,000");

  await member.goto("/countries/MZ/costing/years");
  for (const year of ["2025", "2026", "2027", "2028", "2029", "2030"]) {
    const figures = member.getByRole("group", { name: year, exact: true });
    await figures.getByLabel("Nominal GDP (MZN)").fill("1 000 000 000 000");
    await figures.getByLabel("Source of the GDP").fill("IMF WEO October 2025");
    await figures.getByLabel("Government expenditure (MZN)").fill("250 000 000 000");
    await figures.getByLabel("Inflation (%)").fill("0");
    await figures.getByLabel("Poverty line (MZN per person per year)").fill("20000");
  }
  await member.getByRole("button", { name: "Save the figures" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The figures of each year are saved." })).toBeVisible();

  // Each recommendation costed: 2,000,000 children × 50 % × 500 MZN × 12 = 6 billion; 500,000 persons × 100 % ×
  // 40 % of 20,000 × 1.05 = 4.2 billion.
  await costRecommendation(member, childGrant, { name: "Child grant 0–4", ageFrom: "0", ageTo: "4", benefit: "amount", value: "500", takeUp: "50", admin: "0" });
  await expect(member.getByRole("row", { name: /^2030/ })).toContainText("6,000,000,000");
  await costRecommendation(member, pension, { name: "Social pension 65+", ageFrom: "65", ageTo: "", benefit: "povertyLine", value: "40", takeUp: "100", admin: "5" });
  await expect(member.getByRole("row", { name: /^2030/ })).toContainText("4,200,000,000");
  await expect(member.getByRole("link", { name: "Pay a social pension from 65 at 40 % of the poverty line" })).toBeVisible();

  // A package of both: 10.2 billion a year, 1.02 % of GDP, drawn and tabled.
  await member.goto("/countries/MZ/costing");
  await member.getByRole("link", { name: "Make a package" }).click();
  await member.getByLabel("Name").fill("Floor by 2030");
  await member.getByRole("group", { name: "Scenarios it holds" }).getByLabel("Child grant 0–4").check();
  await member.getByRole("group", { name: "Scenarios it holds" }).getByLabel("Social pension 65+").check();
  await member.getByRole("button", { name: "Add the package" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The package was added." })).toBeVisible();
  await expect(member.getByRole("img", { name: /Floor by 2030: cost as a share of GDP each year/ })).toBeVisible();
  const costTable = member.getByRole("table", { name: /Floor by 2030: cost each year in MZN/ });
  await expect(costTable.getByRole("row", { name: /^2027/ })).toContainText(/10,200,000,000\s*1\.02%\s*4\.08%/);
  const packagePage = member.url().replace(/\?.*$/, "");

  // Financing found for 2025 and 2026; the rest of the cost is the gap, which becomes needs on key step 8.
  await member.getByRole("link", { name: "Enter its financing" }).click();
  const year2025 = member.getByRole("group", { name: "2025", exact: true });
  await year2025.getByLabel("Reallocated spending: amount in MZN").fill("4 000 000 000");
  await year2025.getByLabel("Reallocated spending: source").fill("2025 budget, line 12.4");
  await member.getByRole("group", { name: "2026", exact: true }).getByLabel("External support: amount in MZN").fill("10 200 000 000");
  await member.getByRole("button", { name: "Save the financing" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The package's financing was saved." })).toBeVisible();
  const gap = member.getByRole("table", { name: /financing gap each year/ });
  await expect(gap.getByRole("row", { name: /^2025/ })).toContainText("6,200,000,000");
  const years = member.getByRole("group", { name: "Years whose gap becomes a need" });
  await expect(years.getByRole("checkbox")).toHaveCount(5);
  for (const year of ["2027", "2028", "2029", "2030"]) await years.getByLabel(new RegExp(`^${year}`)).uncheck();
  await member.getByRole("button", { name: "Create the funding needs" }).click();
  await expect(member.getByRole("status").filter({ hasText: "One funding need was created on key step 8." })).toBeVisible();
  const needLink = member.getByRole("link", { name: "2025: a need of 6,200,000,000 MZN" });
  const needPage = (await needLink.getAttribute("href"))!;
  expect(await seriousViolations(member)).toEqual([]);

  // The workbook the ministry receives recomputes, with a formula engine, to the figures of the page.
  const download = await member.request.get("/exports/costing/MZ");
  expect(download.status()).toBe(200);
  const workbook = await recomputeWorkbook(await download.body());
  expect(workbook.errors()).toEqual([]);
  const summary = workbook.read.getWorksheet(1)!;
  const totals: number[] = [];
  summary.eachRow((row, number) => {
    if (row.getCell(1).value === 2027) totals.push(...[2, 3].map((column) => Number(workbook.value(summary.name, `${summary.getColumn(column).letter}${number}`))));
  });
  expect(totals).toEqual([6_000_000_000, 4_200_000_000]);

  // Shared with everyone signed in: an adviser outside the group reads it (and the demonstration walk, which runs
  // after this spec and leaves a real costing alone, finds Mozambique's scenarios for every role).
  await member.goto("/countries/MZ/costing");
  await member.getByRole("button", { name: "Share with everyone signed in" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Who reads the costing has changed." })).toBeVisible();

  // A UNICEF adviser reads the package and answers the need; the package still shows it, linked.
  const adviser = await browser.newPage();
  await signInAsNew(adviser, { role: "agency_adviser", agencyAcronym: "UNICEF" }, packagePage);
  await expect(adviser.getByRole("heading", { level: 1, name: "Floor by 2030" })).toBeVisible();
  await adviser.goto(needPage);
  await adviser.locator(`#${needPage.split("#")[1]}`).getByRole("link", { name: "Add new support for this need" }).click();
  await adviser.getByLabel("Title").fill("Budget support for the child grant, 2025");
  await adviser.getByLabel("Amount").fill("2 000 000 000");
  await adviser.getByLabel("Currency").fill("MZN");
  await adviser.getByRole("button", { name: "Add support" }).click();
  await expect(adviser.getByRole("status").filter({ hasText: "The support entry was added." })).toBeVisible();
  await member.goto(needPage);
  await expect(member.locator(`#${needPage.split("#")[1]}`)).toContainText("Budget support for the child grant, 2025");
  await member.goto(packagePage);
  await expect(member.getByRole("link", { name: "2025: a need of 6,200,000,000 MZN" })).toBeVisible();

  // Validated at the dialogue; a change after it shows as a draft compared with version 1.
  await member.goto("/countries/MZ/costing/validate");
  await member.getByRole("button", { name: "Validate" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The costing is validated: this is version 1." })).toBeVisible();
  await expect(member.getByText("The draft is as version 1 was validated.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member frames Ghana's costing, is told what is wrong with what was typed kept, and types a year's population in", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "GH" }, "/countries/GH/costing/frame");
    await page.getByLabel("Base year").fill("2026");
    await page.getByLabel("Horizon year").fill("2020");
    await page.getByLabel("Currency").fill("GHS");
    await page.getByLabel("Source of the population figures").fill("Ghana Statistical Service");
    await page.getByRole("button", { name: "Save the frame" }).click();
    await expect(page.getByText("The horizon is the base year or one of the 15 years after it.")).toBeVisible();
    await expect(page.getByLabel("Source of the population figures")).toHaveValue("Ghana Statistical Service");
    await page.getByLabel("Horizon year").fill("2030");
    await page.getByRole("button", { name: "Save the frame" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The frame is saved." })).toBeVisible();

    await page.goto("/countries/GH/costing/population/2026");
    const first = page.getByRole("group", { name: "Age group 1", exact: true });
    await first.getByLabel("From age").fill("0");
    await first.getByLabel("To age (blank: and over)").fill("");
    await first.getByLabel("Females", { exact: true }).fill("17 000 000");
    await first.getByLabel("Males", { exact: true }).fill("16 500 000");
    await page.getByRole("button", { name: "Save the population of 2026" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The population of 2026 is saved." })).toBeVisible();
    await page.goto("/countries/GH/costing/population");
    await expect(page.getByRole("table", { name: "Population by year" }).getByRole("row", { name: /2026/ })).toContainText("33,500,000");
  });
});
