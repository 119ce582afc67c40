import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { addTechnicalSupport } from "./helpers/support";
import { validateIati } from "../lib/reports/iati-schema";

// Benin's SI_COV_BENFTS is this journey's: it follows it by the form. A spec that imports values for Benin into the
// same series (the importers') must run after this one or use another country or series.

const series = "Proportion of population covered by at least one social protection benefit";

test("a Benin member follows SI_COV_BENFTS with a baseline and a target, records a value after one refused, sees the chart and table; an adviser proposes a value the member accepts", async ({ browser }) => {
  test.setTimeout(180_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Hounkpatin" });

  // From the country page to its results, then the follow form.
  await member.goto("/countries/BJ");
  await member.getByRole("link", { name: "Results: Benin" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Results: Benin" })).toBeVisible();
  await member.getByRole("link", { name: "Follow an indicator" }).click();
  await member.getByLabel("Indicator").selectOption({ label: `SI_COV_BENFTS — ${series}` });
  await member.getByLabel("Baseline value").fill("35.4");
  await member.getByLabel("Baseline year").fill("2019");
  await member.getByLabel("Baseline source").fill("ILO World Social Protection Report 2020–22");
  await member.getByLabel("Year of target 1").fill("2030");
  await member.getByLabel("Value of target 1").fill("60");
  // Read by everyone signed in, so that an adviser may propose a value.
  await member.getByRole("group", { name: "Who reads it" }).getByLabel("Everyone signed in").check();
  await member.getByRole("button", { name: "Follow this indicator" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The country now follows this indicator." })).toBeVisible();
  await expect(member.getByRole("heading", { level: 1, name: series })).toBeVisible();
  const indicatorPage = member.url().replace(/[?#].*$/, "");

  // A percentage over 100 is refused on its field, and what was typed stays.
  const record = member.locator("section", { has: member.getByRole("heading", { name: "Record a value" }) });
  await record.getByLabel("Period", { exact: true }).fill("2023");
  await record.getByLabel("Value (%)").fill("120");
  await record.getByLabel("Source", { exact: true }).fill("INSAE, EHCVM 2023");
  await record.getByRole("button", { name: "Record the value" }).click();
  await expect(record.getByText("A percentage is from 0 to 100.")).toBeVisible();
  await expect(record.getByLabel("Period", { exact: true })).toHaveValue("2023");
  await expect(record.getByLabel("Source", { exact: true })).toHaveValue("INSAE, EHCVM 2023");
  await record.getByLabel("Value (%)").fill("41.2");
  await record.getByRole("button", { name: "Record the value" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The value is recorded." })).toBeVisible();

  // The results page: the chart, named by its title, then its table with the value, the baseline and the target.
  await member.goto("/countries/BJ/results");
  const section = member.locator('[data-indicator="SI_COV_BENFTS"]');
  await expect(section.getByRole("img", { name: new RegExp(`^Chart of ${series}`) })).toBeVisible();
  await expect(section.locator('[data-mark="baseline"]')).toHaveCount(1);
  await expect(section.locator('[data-mark="target"]')).toHaveCount(1);
  await expect(section.locator('circle[data-period="2023"]')).toHaveCount(1);
  const table = section.getByRole("table", { name: `${series}: values in %` });
  await expect(table.getByRole("row", { name: /2023/ })).toContainText("41.2");
  await expect(section.getByTestId("baseline")).toContainText("35.4 (%) in 2019");
  await expect(section.getByTestId("targets")).toContainText("60 (%) by 2030");
  expect(await seriousViolations(member)).toEqual([]);

  // An adviser proposes the next year's value: it waits apart from the series.
  const adviser = await browser.newPage();
  await signInAsNew(adviser, { role: "agency_adviser", agencyAcronym: "ILO", name: "Fatou Diallo" }, indicatorPage);
  const propose = adviser.locator("section", { has: adviser.getByRole("heading", { name: "Propose a value" }) });
  await propose.getByLabel("Period", { exact: true }).fill("2024");
  await propose.getByLabel("Value (%)").fill("43");
  await propose.getByLabel("Source", { exact: true }).fill("ILOSTAT, SDG 1.3.1");
  await propose.getByRole("button", { name: "Propose the value" }).click();
  await expect(adviser.getByRole("status").filter({ hasText: "Your value is proposed" })).toBeVisible();
  await expect(adviser.locator('circle[data-period="2024"]')).toHaveCount(0);

  // The member sees it waiting on the results page and accepts it on the indicator's page.
  await member.goto("/countries/BJ/results");
  await expect(member.getByRole("heading", { name: "1 proposed value waits for a decision" })).toBeVisible();
  await member.getByRole("link", { name: series }).first().click();
  await member.getByRole("button", { name: "Accept the value proposed for 2024, Total" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The proposal is accepted" })).toBeVisible();
  await expect(member.locator('[data-value="2024/total"]')).toContainText("43");
  await expect(member.locator('circle[data-period="2024"]')).toHaveCount(1);
  await expect(member.getByRole("heading", { name: "Proposed values" })).toHaveCount(0);
  await expect(member.getByText("Proposal accepted", { exact: true })).toBeVisible();

  // The adviser's support to Benin works towards that coverage: linked on the entry's edit page, the IATI export
  // gives the activity a <result> with the indicator's baseline, target and actual values, valid against IATI 2.03.
  const entry = await addTechnicalSupport(adviser, "BJ", "ILO support to extend coverage", "costing_modelling");
  await adviser.goto(`${entry}/edit`);
  const linked = adviser.locator("#results li", { hasText: "(SI_COV_BENFTS)" });
  await linked.getByLabel("Result type").selectOption("outcome");
  await linked.getByRole("button", { name: `Link: ${series} (SI_COV_BENFTS)` }).click();
  await expect(linked.getByText("Linked as Outcome.")).toBeVisible();
  // Benin's working group exports its country's support as IATI XML.
  const exported = await member.request.get("/exports/support.xml?country=BJ");
  expect(exported.status()).toBe(200);
  const xml = await exported.text();
  const validation = await validateIati(xml);
  expect(validation.errors).toEqual([]);
  const activity = xml.slice(xml.indexOf("ILO support to extend coverage"));
  expect(activity).toMatch(/<result type="2"/);
  expect(activity).toContain(`<narrative>${series}</narrative>`);
  expect(activity).toMatch(/<baseline year="2019"[^>]*value="35.4"/);
  expect(activity).toMatch(/<target value="60"/);
  expect(activity).toMatch(/<actual value="41.2"/);
  expect(activity).toMatch(/<actual value="43"/);
  await adviser.close();
});
