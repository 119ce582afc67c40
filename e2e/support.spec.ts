import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { addTechnicalSupport } from "./helpers/support";
import { goThroughMenu } from "./helpers/navigation";
import { sameOrigin } from "./helpers/progress";

// Countries of this spec: Mozambique (the gap), Nepal (needs without JavaScript), Thailand and Viet Nam (imports and
// the list), Burkina Faso (a stale save), Rwanda (a first commitment), Lao PDR (years of support on one step). Other
// specs leave their support alone.

const costingStep = "Assess cost and impact, and identify financing";

test("a UNICEF adviser answers Mozambique's costing need and the gap shrinks; an ILO adviser cannot change it", async ({ browser }) => {
  test.setTimeout(120_000);
  // A Mozambique working-group member records the need.
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "MZ" }, "/countries/MZ");
  await member.getByRole("link", { name: "Technical and financial support, needs and gaps" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Support for Mozambique" })).toBeVisible();
  await member.getByRole("link", { name: "Record a need" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Record a support need" })).toBeVisible();
  await member.getByLabel("Key step").selectOption({ label: `6. ${costingStep}` });
  await member.getByLabel("Funding").check();
  await member.getByLabel("Estimated amount").fill("400000");
  await member.getByLabel("Currency").fill("usd");
  await member.getByLabel("What exactly is needed").fill("Costing of the child grant options and a fiscal space analysis");
  await member.getByLabel("Priority").selectOption("high");
  await member.getByRole("button", { name: "Record the need" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
  const costingRow = member.getByRole("table", { name: "By key step" }).getByRole("row", { name: new RegExp(costingStep) });
  await expect(costingRow).toContainText("Need without support");
  await expect(costingRow.getByRole("cell").last()).toHaveText(/USD\s400,000\.00/);

  // A UNICEF adviser adds financial support for that need, commits and disburses.
  const unicef = await browser.newPage();
  await signInAsNew(unicef, { role: "agency_adviser", agencyAcronym: "UNICEF" }, "/countries/MZ/support");
  const need = unicef.getByRole("listitem", { name: "Need: Funding" });
  await need.getByRole("link", { name: "Add new support for this need" }).click();
  await expect(unicef.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await expect(unicef.getByText("This support will answer the need “Funding”")).toBeVisible();
  await expect(unicef.getByLabel("Key step")).toHaveValue(/.+/);
  await unicef.getByLabel("Title").fill("Costing of the child grant options");
  await unicef.getByLabel("Amount").fill("-5");
  await unicef.getByLabel("Currency").fill("USD");
  await unicef.getByLabel("Title").focus();
  await expect(unicef.getByText("An amount cannot be negative.")).toBeVisible();
  await unicef.getByLabel("Amount").fill("150 000");
  await unicef.getByRole("button", { name: "Add support" }).click();
  await expect(unicef.getByRole("heading", { level: 1, name: "Costing of the child grant options" })).toBeVisible();
  await expect(unicef.getByRole("status").filter({ hasText: "The support entry was added." })).toBeVisible();
  const entryUrl = unicef.url().replace(/\?.*$/, "");

  await unicef.getByLabel("Transaction", { exact: true }).selectOption("committed");
  await unicef.getByLabel("Amount in USD").fill("150000");
  await unicef.getByRole("button", { name: "Record the transaction" }).click();
  await expect(unicef.getByRole("status").filter({ hasText: "The transaction was recorded." })).toBeVisible();
  await unicef.getByLabel("Transaction", { exact: true }).selectOption("disbursed");
  await unicef.getByLabel("Amount in USD").fill("200000");
  await unicef.getByRole("button", { name: "Record the transaction" }).click();
  await expect(unicef.getByText("This brings the amount disbursed above the amount committed.")).toBeVisible();
  await unicef.getByLabel("Amount in USD").fill("60000");
  await unicef.getByRole("button", { name: "Record the transaction" }).click();
  await expect(unicef.getByRole("table", { name: "Transactions" }).getByRole("row")).toHaveCount(3);
  const flow = unicef.getByRole("region", { name: "Flow of funds" });
  await expect(flow).toContainText(/Committed\s*USD\s150,000\.00/);
  await expect(flow).toContainText(/Disbursed\s*USD\s60,000\.00/);

  // The working group sees the gap shrink and the need answered.
  await member.reload();
  await expect(costingRow).not.toContainText("Need without support");
  await expect(costingRow.getByRole("cell").last()).toHaveText(/USD\s250,000\.00/);
  await expect(costingRow).toContainText(/USD\s60,000\.00/);
  await expect(member.getByRole("listitem", { name: "Need: Funding" })).toContainText("Costing of the child grant options");

  // An ILO adviser sees it but has no way to change it, and a forged request is refused.
  const ilo = await browser.newPage();
  await signInAsNew(ilo, { role: "agency_adviser", agencyAcronym: "ILO" }, entryUrl);
  await expect(ilo.getByRole("heading", { level: 1, name: "Costing of the child grant options" })).toBeVisible();
  await expect(ilo.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(ilo.getByRole("button", { name: "Record the transaction" })).toHaveCount(0);
  await expect(ilo.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  expect((await ilo.goto(`${entryUrl}/edit`))?.status()).toBe(403);

  // The ILO adviser edits their own entry, and a tampering proxy swaps in the UNICEF entry's id on the way.
  const iloEntryId = (await addTechnicalSupport(ilo, "MZ", "ILO costing clinic", "costing_modelling")).split("/").pop()!;
  const unicefEntryId = entryUrl.split("/").pop()!;
  await ilo.getByRole("link", { name: "Edit" }).click();
  await expect(ilo.getByRole("heading", { level: 1, name: "Edit support" })).toBeVisible();
  await ilo.getByLabel("Title").fill("Taken over by the ILO");
  let forged = false;
  await ilo.route(`**/support/${iloEntryId}/edit`, async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body?.includes(iloEntryId)) return route.continue();
    forged = true;
    await route.continue({ postData: body.replaceAll(iloEntryId, unicefEntryId) });
  });
  await ilo.getByRole("button", { name: "Save changes" }).click();
  await expect(ilo.getByRole("alert").filter({ hasText: "You do not have permission to do this." })).toBeVisible();
  expect(forged).toBe(true);
  await unicef.reload();
  await expect(unicef.getByRole("heading", { level: 1, name: "Costing of the child grant options" })).toBeVisible();

  // The ILO adviser gives technical support for Mozambique's first key step.
  await ilo.goto("/support/new?country=MZ");
  await ilo.getByLabel("Technical").check();
  await ilo.getByLabel("Title").fill("ILO stakeholder mapping");
  await ilo.getByLabel("Category").selectOption("costing_modelling");
  await ilo.getByLabel("Key step").selectOption({ index: 1 });
  await expect(ilo.getByLabel("Key step").locator("option:checked")).toHaveText(/^1\. /);
  await ilo.getByRole("button", { name: "Add support" }).click();
  await expect(ilo.getByRole("heading", { level: 1, name: "ILO stakeholder mapping" })).toBeVisible();

  // The ILO adviser answers the costing need from the country's page with the clinic, tied to no step; the need's
  // list offers the agency's entries of its step or of none, not the first step's, and says where that one answers it.
  await ilo.goto("/countries/MZ/support");
  const iloNeed = ilo.getByRole("listitem", { name: "Need: Funding" });
  const answerWith = iloNeed.getByLabel("Answer with support for this step or not tied to a step");
  await expect(answerWith.locator("option", { hasText: "ILO stakeholder mapping" })).toHaveCount(0);
  await expect(iloNeed.getByText("Support given for another step can answer this need from its own page, under “Needs it answers”.")).toBeVisible();
  const clinic = await answerWith.locator("option", { hasText: "ILO costing clinic" }).getAttribute("value");
  await answerWith.selectOption(clinic!);
  await iloNeed.getByRole("button", { name: "Answer", exact: true }).click();
  await expect(iloNeed.getByRole("link", { name: "ILO costing clinic" })).toBeVisible();
  await expect(iloNeed.getByRole("link", { name: "Costing of the child grant options" })).toBeVisible();
  await expect(iloNeed.getByRole("button", { name: "Unlink" })).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a working group records a need, and a refused value keeps what was typed", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "NP" }, "/countries/NP/support/needs/new");
    await expect(page.getByRole("heading", { level: 1, name: "Record a support need" })).toBeVisible();
    await page.getByLabel("Funding").check();
    await page.getByLabel("Estimated amount").fill("-20000");
    await page.getByLabel("Currency").fill("NPR");
    await page.getByLabel("What exactly is needed").fill("An actuarial review of the old-age allowance");
    await page.getByRole("button", { name: "Record the need" }).click();
    await expect(page.getByText("An amount cannot be negative.")).toBeVisible();
    await expect(page.getByLabel("What exactly is needed")).toHaveValue("An actuarial review of the old-age allowance");
    await page.getByLabel("Estimated amount").fill("2500000");
    await page.getByRole("button", { name: "Record the need" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
    await expect(page.getByRole("table", { name: "Totals per currency" })).toContainText(/NPR\s2,500,000\.00/);
  });
});

function importCsv(rows: string[][]): Buffer {
  return Buffer.from(rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")).join("\n"));
}

const header = ["record", "reference", "agency", "country", "step", "kind", "title", "status", "amount", "currency", "transaction_type", "transaction_date", "transaction_amount"];

test("a CSV import of 500 rows shows its dry run, then applies all of it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const rows = [header];
  for (let index = 1; index <= 250; index++) {
    const reference = `UNICEF-TH-${String(index).padStart(3, "0")}`;
    rows.push(["entry", reference, "UNICEF", "TH", index % 2 ? "assessment" : "costing_financing", "financial", `Grant ${index}`, "ongoing", "1000", "THB", "", "", ""]);
    rows.push(["transaction", reference, "UNICEF", "", "", "", "", "", "", "THB", "committed", "2026-03-01", "1000"]);
  }
  await page.goto("/support");
  await page.getByRole("link", { name: "Import a file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import support from a file" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Import support from a file" })).toBeVisible();
  const template = await page.request.get("/support/import/template?format=csv");
  expect((await template.text()).split("\n")[0]).toContain("record,reference,agency,country,step,kind,title");

  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "thailand.csv", mimeType: "text/csv", buffer: importCsv(rows) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import check" })).toBeVisible();
  await expect(page.getByText("thailand.csv: 500 rows read.")).toBeVisible();
  const summary = page.getByLabel("What the import would do");
  await expect(summary).toContainText(/rows to add\s*500/);
  await expect(summary).toContainText(/rows to update\s*0/);
  await expect(page.getByText("Show the 500 rows")).toBeVisible();
  await page.getByRole("button", { name: "Import 500 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported on" })).toContainText(": 500 rows added, 0 updated, 0 unchanged.");
  await expect(page.getByLabel("What the import did")).toContainText(/rows added\s*500/);
  await page.goto("/countries/TH/support");
  await expect(page.getByRole("table", { name: "Totals per currency" })).toContainText(/THB\s250,000\.00/);

  // The same file again changes nothing; a row of another agency refuses the whole file.
  rows[3] = ["entry", "ILO-VN-1", "ILO", "VN", "", "financial", "Not mine", "planned", "10", "USD", "", "", ""];
  await page.goto("/support/import");
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "mixed.csv", mimeType: "text/csv", buffer: importCsv(rows) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "1 problem to fix" })).toBeVisible();
  const problems = page.getByRole("table", { name: "Problems by row and column" });
  await expect(problems.getByRole("row", { name: /agency/ })).toContainText("You can import only your own agency's support.");
  await expect(problems.getByRole("row", { name: /agency/ })).toContainText("4");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByLabel("What the import would do")).toHaveCount(0);

  // One row: its words are singular; refused, it says only that nothing was imported, and lists no rows.
  const checkOne = async (name: string, row: string[]) => {
    await page.goto("/support/import");
    await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer: importCsv([header, row]) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText(`${name}: 1 row read.`)).toBeVisible();
  };
  await checkOne("one.csv", ["entry", "UNICEF-TH-900", "UNICEF", "TH", "assessment", "financial", "Grant 900", "ongoing", "1000", "THB", "", "", ""]);
  await expect(page.getByLabel("What the import would do")).toContainText(/row to add\s*1/);
  await expect(page.getByText("Show the row", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 1 row" })).toBeVisible();
  await checkOne("refused.csv", rows[3]!);
  await expect(page.getByRole("alert").filter({ hasText: "1 problem to fix" })).toContainText("Nothing was imported.");
  await expect(page.getByLabel("What the import would do")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Every row" })).toHaveCount(0);
});

test("the support list filters and sorts through the URL", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "WHO" }, "/support");
  await expect(page.getByRole("heading", { level: 1, name: "Support" })).toBeVisible();
  await page.getByRole("link", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Viet Nam" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Technical").check();
  await page.getByLabel("Title").fill("Health financing review");
  await page.getByLabel("Category").selectOption("expenditure_review");
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Health financing review" })).toBeVisible();

  await goThroughMenu(page, "Support");
  await expect(page.getByRole("heading", { level: 1, name: "Support" })).toBeVisible();
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Viet Nam" });
  await page.getByLabel("Agency", { exact: true }).selectOption({ label: "WHO" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/country=VN/);
  const table = page.getByRole("table", { name: "Support" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText("Health financing review");
  await table.getByRole("link", { name: "Sort by Status" }).click();
  await expect(page).toHaveURL(/country=VN.*sort=status&dir=asc|sort=status.*country=VN/);
  await expect(table.getByRole("columnheader", { name: /Status/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByLabel("Kind", { exact: true }).selectOption("financial");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No support matches these filters.")).toBeVisible();
});

test("a stale save shows the newer version and keeps what was typed", async ({ page, browser }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const editUrl = `${await addTechnicalSupport(page, "BF", "Training on social budgeting", "training_capacity")}/edit`;

  // A coordinator saves a change while the adviser still has the form open.
  await page.goto(editUrl);
  const coordinator = await browser.newPage();
  await signInAsNew(coordinator, { role: "coordinator" }, editUrl);
  await coordinator.getByLabel("Title").fill("Training on social budgeting, Ouagadougou");
  await coordinator.getByRole("button", { name: "Save changes" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();

  await page.getByLabel("Title").fill("Training on social budgeting and costing");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else saved a newer version" })).toBeVisible();
  await expect(page.getByRole("region", { name: "The version saved in the meantime" })).toContainText("Training on social budgeting, Ouagadougou");
  await expect(page.getByLabel("Title")).toHaveValue("Training on social budgeting and costing");
  // Having seen it, the adviser may still save theirs.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Training on social budgeting and costing" })).toBeVisible();
});

test("an adviser records a new financial entry's amount as committed at once, so it counts without another step", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF" }, "/support/new?country=RW");
  await expect(page.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await page.getByLabel("Financial").check();
  await page.getByLabel("Title").fill("Child grant pilot in Rwanda");
  await page.getByLabel("Amount", { exact: true }).fill("180 000");
  await page.getByLabel("Currency").fill("EUR");
  const record = page.getByRole("group", { name: "Record this amount now" });
  await expect(record.getByLabel("Not yet")).toBeChecked();
  await expect(page.getByLabel("Pledged or committed on")).toHaveCount(0);
  await record.getByLabel("Committed").check();
  await page.getByLabel("Pledged or committed on").fill("2026-02-10");
  await page.getByRole("button", { name: "Add support" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Child grant pilot in Rwanda" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "The support entry was added." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Flow of funds" })).toContainText(/Committed\s*EUR\s180,000\.00/);
  await expect(page.getByRole("table", { name: "Transactions" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Transactions" })).toContainText("Committed");
});

test("a country's support page lists each step's latest ten entries and sends to the step's page, or the support list, for all of them", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "ILO" });
  const country = (await (await page.request.get("/api/v1/countries/LA")).json()) as { data: { steps: { id: string; key: string | null }[] } };
  const step = country.data.steps.find((candidate) => candidate.key === "costing_financing")!;
  const run = Date.now();
  // The adviser's agency, as the API names it, from a first entry added through the form.
  await addTechnicalSupport(page, "LA", `Costing mission 0 ${run}`, "costing_modelling");
  const listed = (await (await page.request.get("/api/v1/support-entries?country=LA&agency=ILO")).json()) as { data: { agencyId: string }[] };
  const { agencyId } = listed.data[0]!;
  const add = async (title: string, startDate: string, countryStepId?: string) => {
    const added = await page.request.post("/api/v1/support-entries", {
      headers: sameOrigin(),
      data: { countryCode: "LA", agencyId, countryStepId, kind: "technical", technicalCategory: "costing_modelling", title, status: "planned", startDate },
    });
    expect(added.status(), await added.text()).toBe(201);
  };
  // Eleven entries on the costing step and eleven tied to no step, starting in 2031, later than any other of the
  // country's: the latest ten of each list are this test's.
  for (let day = 1; day <= 11; day++) {
    await add(`Costing mission ${day} ${run}`, `2031-01-${String(day).padStart(2, "0")}`, step.id);
    await add(`Review mission ${day} ${run}`, `2031-02-${String(day).padStart(2, "0")}`);
  }

  await page.goto("/countries/LA/support");
  const entries = page.getByRole("table", { name: `Support for ${costingStep}` });
  await expect(entries.getByRole("row")).toHaveCount(11);
  await expect(entries.getByRole("row").nth(1)).toContainText(`Costing mission 11 ${run}`);
  await expect(entries.getByRole("row").nth(10)).toContainText(`Costing mission 2 ${run}`);
  await expect(entries.getByText(`Costing mission 1 ${run}`, { exact: true })).toHaveCount(0);
  const section = page.getByRole("region", { name: costingStep });
  await expect(section.getByText(/^The latest 10 of \d+ support entries, by start date\./)).toBeVisible();
  const withoutStep = page.getByRole("region", { name: "Support not tied to a step" });
  await expect(withoutStep.getByRole("table").getByRole("row")).toHaveCount(11);
  await expect(withoutStep.getByRole("table").getByRole("row").nth(1)).toContainText(`Review mission 11 ${run}`);
  await expect(withoutStep.getByText(`Review mission 1 ${run}`, { exact: true })).toHaveCount(0);
  await expect(withoutStep.getByRole("link", { name: "All support for this country, in the support list" })).toHaveAttribute("href", "/support?country=LA");
  await section.getByRole("link", { name: /^All \d+ on the step's page$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Step \\d+: ${costingStep}$`) })).toBeVisible();
  const all = page.getByRole("table", { name: "Support entries" });
  await expect(all.getByText(`Costing mission 1 ${run}`, { exact: true })).toBeVisible();
  await expect(all.getByText(`Costing mission 11 ${run}`, { exact: true })).toBeVisible();
});
