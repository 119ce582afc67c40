import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { openStep } from "./helpers/progress";

// Countries of this spec: Nepal (the inventory), Togo (a member of another country), Ghana (without
// JavaScript), Lao PDR (two tabs). Other specs leave these countries' inventories alone.

type SchemeInput = {
  nationalName: string;
  englishName?: string;
  guarantees: string[];
  status?: string;
  legalLink?: string;
  beneficiaries?: string;
  coverageYear?: string;
  expenditure?: { amount: string; currency: string; year: string };
  sharedWithEveryone?: boolean;
};

async function fillScheme(page: Page, scheme: SchemeInput) {
  await page.getByLabel("National name").fill(scheme.nationalName);
  if (scheme.englishName) await page.getByLabel("English name").fill(scheme.englishName);
  for (const guarantee of scheme.guarantees) await page.getByRole("group", { name: "Guarantees it serves" }).getByLabel(guarantee).check();
  if (scheme.status) await page.getByLabel("Status").selectOption({ label: scheme.status });
  if (scheme.legalLink) await page.getByLabel("Link to the text").fill(scheme.legalLink);
  const coverage = page.getByRole("group", { name: "Coverage" });
  if (scheme.beneficiaries) await coverage.getByLabel("Beneficiaries (effective coverage)").fill(scheme.beneficiaries);
  if (scheme.coverageYear) await coverage.getByLabel("Year of the figures").fill(scheme.coverageYear);
  if (scheme.expenditure) {
    const money = page.getByRole("group", { name: "Expenditure and financing" });
    await money.getByLabel("Yearly expenditure").fill(scheme.expenditure.amount);
    await money.getByLabel("Currency").fill(scheme.expenditure.currency);
    await money.getByLabel("Year", { exact: true }).fill(scheme.expenditure.year);
  }
  await page.getByLabel(scheme.sharedWithEveryone ? "Everyone signed in to Socle" : /Only the working group and coordinators/).check();
}

test("a Nepal member keeps the scheme inventory: adds, filters, corrects, withdraws and restores; a Togo member only reads what is shared", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "NP", name: "Sita Gurung" });
  // The assessment step leads to the inventory.
  await openStep(member, "Nepal", "Map the present situation");
  await member.getByRole("region", { name: "The assessment as data" }).getByRole("link", { name: "Schemes of Nepal" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Schemes of Nepal" })).toBeVisible();
  await expect(member.getByText("No scheme recorded yet.")).toBeVisible();

  // A first scheme, with a mistyped link the form points out before anything is saved.
  await member.getByRole("link", { name: "Add a scheme" }).first().click();
  await expect(member.getByRole("heading", { level: 1, name: "Add a scheme" })).toBeVisible();
  await fillScheme(member, {
    nationalName: "Jestha Nagarik Samajik Suraksha Bhatta",
    englishName: "Senior Citizens Allowance",
    guarantees: ["Older persons", "Active age"],
    status: "In force",
    legalLink: "sarkari portal",
    beneficiaries: "590 000",
    coverageYear: "2023",
    expenditure: { amount: "21000000000", currency: "npr", year: "2023" },
    sharedWithEveryone: true,
  });
  await member.getByLabel("Contributory or not").selectOption({ label: "Non-contributory" });
  await member.getByLabel("Kind of scheme").selectOption({ label: "Social assistance" });
  await member.getByRole("group", { name: "Financed by" }).getByLabel("Taxes").check();
  await member.getByRole("button", { name: "Add the scheme" }).click();
  await expect(member.getByText("Enter a web address that starts with https:// or http://.")).toBeVisible();
  await member.getByLabel("Link to the text").fill("https://www.dnid.gov.np/");
  await member.getByRole("button", { name: "Add the scheme" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Jestha Nagarik Samajik Suraksha Bhatta" })).toBeVisible();
  await expect(member.getByRole("status").filter({ hasText: "The scheme was added." })).toBeVisible();
  await expect(member.getByText("Active age, Older persons")).toBeVisible();
  await expect(member.getByText("590,000")).toBeVisible();
  const allowanceUrl = member.url().replace(/\?.*$/, "");

  // A second one, kept to the working group while its figures are checked.
  await member.goto("/countries/NP/schemes/new");
  await fillScheme(member, { nationalName: "Bal Poshan Bhatta", guarantees: ["Children"], status: "Pilot" });
  await member.getByRole("button", { name: "Add the scheme" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The scheme was added." })).toBeVisible();
  await expect(member.getByText("Kept to the working group")).toBeVisible();
  const childGrantUrl = member.url().replace(/\?.*$/, "");

  // The inventory, then only the children's guarantee, at an address that can be shared.
  await member.goto("/countries/NP/schemes");
  const table = member.getByRole("table", { name: "2 schemes" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Jestha Nagarik Samajik Suraksha Bhatta/ })).toContainText("NPR");
  await member.getByLabel("Guarantees").selectOption({ label: "Children" });
  await member.getByRole("button", { name: "Show" }).click();
  await expect(member).toHaveURL(/guarantee=children/);
  await expect(member.getByRole("table", { name: "1 scheme" }).getByRole("row", { name: /Bal Poshan/ })).toBeVisible();

  // A correction: the history says what changed.
  await member.goto(allowanceUrl);
  await member.getByRole("link", { name: "Edit" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Edit the scheme" })).toBeVisible();
  await expect(member.getByRole("group", { name: "Guarantees it serves" }).getByLabel("Older persons")).toBeChecked();
  await member.getByRole("group", { name: "Coverage" }).getByLabel("Beneficiaries (effective coverage)").fill("612000");
  await member.getByRole("button", { name: "Save" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The scheme was saved." })).toBeVisible();
  await expect(member.getByText("612,000")).toBeVisible();
  await expect(member.getByRole("region", { name: "History" })).toContainText("Changed: Beneficiaries (effective coverage)");

  // Togo's member reads the shared scheme, not the one kept to Nepal's group, and changes nothing.
  const togo = await browser.newPage();
  await signInAsNew(togo, { role: "working_group_member", countryCode: "TG" }, "/countries/NP/schemes");
  await expect(togo.getByRole("table", { name: "1 scheme" })).toContainText("Jestha Nagarik Samajik Suraksha Bhatta");
  await expect(togo.getByText("Bal Poshan")).toHaveCount(0);
  await expect(togo.getByRole("link", { name: "Add a scheme" })).toHaveCount(0);
  await togo.goto(allowanceUrl);
  await expect(togo.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(togo.getByRole("button", { name: "Withdraw the scheme" })).toHaveCount(0);
  await togo.goto(`${allowanceUrl}/edit`);
  await expect(togo.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  expect((await togo.request.get(childGrantUrl)).status()).toBe(404);
  // Exports follow the reports' rule: Nepal's group downloads its inventory, Togo's does not.
  await togo.goto("/countries/NP/schemes");
  await expect(togo.getByRole("table", { name: "1 scheme" })).toBeVisible();
  await expect(togo.getByRole("link", { name: "CSV" })).toHaveCount(0);
  expect((await togo.request.get("/exports/schemes.csv?country=NP")).status()).toBe(403);
  await member.goto("/countries/NP/schemes");
  const csv = await member.request.get((await member.getByRole("link", { name: "CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  const memberCsv = await csv.text();
  expect(memberCsv).toContain("Jestha Nagarik Samajik Suraksha Bhatta");
  expect(memberCsv).toContain("Bal Poshan");

  // Withdrawn with a reason, it leaves the inventory; restored, it comes back.
  await member.goto(childGrantUrl);
  await member.getByLabel("Reason").fill("Recorded twice");
  await member.getByRole("button", { name: "Withdraw the scheme" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The scheme was withdrawn." })).toBeVisible();
  await member.goto("/countries/NP/schemes");
  await expect(member.getByRole("table", { name: "1 scheme" })).toBeVisible();
  await member.getByRole("region", { name: "Withdrawn schemes" }).getByRole("link", { name: /Bal Poshan/ }).click();
  await expect(member.getByText("This scheme was withdrawn on")).toContainText("Recorded twice");
  await member.getByRole("button", { name: "Restore the scheme" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The scheme was restored." })).toBeVisible();
  await member.goto("/countries/NP/schemes");
  await expect(member.getByRole("table", { name: "2 schemes" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused scheme comes back as typed, every ticked guarantee with it", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "GH" }, "/countries/GH/schemes/new");
    await fillScheme(page, { nationalName: "Livelihood Empowerment Against Poverty", guarantees: ["Children", "Older persons"], beneficiaries: "300000", coverageYear: "1800" });
    await page.getByRole("button", { name: "Add the scheme" }).click();
    await expect(page.getByText(/Enter a year from 1900 to/)).toBeVisible();
    await expect(page.getByLabel("National name")).toHaveValue("Livelihood Empowerment Against Poverty");
    const guarantees = page.getByRole("group", { name: "Guarantees it serves" });
    await expect(guarantees.getByLabel("Children")).toBeChecked();
    await expect(guarantees.getByLabel("Older persons")).toBeChecked();
    await expect(guarantees.getByLabel("Essential health care")).not.toBeChecked();
    await page.getByRole("group", { name: "Coverage" }).getByLabel("Year of the figures").fill("2024");
    await page.getByRole("button", { name: "Add the scheme" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Livelihood Empowerment Against Poverty" })).toBeVisible();
    await expect(page.getByText("300,000")).toBeVisible();
  });
});

test("a save over a newer version shows that version and keeps what was typed", async ({ browser }) => {
  const first = await browser.newPage();
  await signInAsNew(first, { role: "working_group_member", countryCode: "LA" }, "/countries/LA/schemes/new");
  await fillScheme(first, { nationalName: "National Health Insurance", guarantees: ["Essential health care"], beneficiaries: "23000", coverageYear: "2023" });
  await first.getByRole("button", { name: "Add the scheme" }).click();
  await expect(first.getByRole("status").filter({ hasText: "The scheme was added." })).toBeVisible();
  const editUrl = `${first.url().replace(/\?.*$/, "")}/edit`;

  const second = await browser.newPage();
  await signInAsNew(second, { role: "working_group_member", countryCode: "LA" });
  await Promise.all([first.goto(editUrl), second.goto(editUrl)]);
  await first.getByRole("group", { name: "Coverage" }).getByLabel("Beneficiaries (effective coverage)").fill("24000");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByRole("status").filter({ hasText: "The scheme was saved." })).toBeVisible();

  await second.getByRole("group", { name: "Coverage" }).getByLabel("Beneficiaries (effective coverage)").fill("25000");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText("The version saved in the meantime")).toBeVisible();
  await expect(second.getByRole("group", { name: "Coverage" }).getByLabel("Beneficiaries (effective coverage)")).toHaveValue("25000");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("status").filter({ hasText: "The scheme was saved." })).toBeVisible();
  await expect(second.getByText("25,000")).toBeVisible();
});
