/**
 * Funding counted once (decision 2110): a UNICEF adviser commits money in Algeria, an ILO adviser records the part
 * UNICEF passes on to ILO as a pass-through of UNICEF's entry, and Algeria's totals count the money once, per currency
 * and in USD, saying how they count and what they left out. Algeria's support is this spec's alone.
 */
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";

const giverTitle = "UNICEF's cash transfer grant";
const receiverTitle = "ILO's part of UNICEF's grant";

test("an ILO adviser records money from UNICEF as a pass-through of UNICEF's entry, and Algeria's totals count it once", async ({ browser }) => {
  test.setTimeout(120_000);
  const unicef = await browser.newPage();
  await signInAsNew(unicef, { role: "agency_adviser", agencyAcronym: "UNICEF" }, "/support/new?country=DZ");
  await expect(unicef.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await unicef.getByLabel("Financial").check();
  await unicef.getByLabel("Title").fill(giverTitle);
  await unicef.getByLabel("Amount", { exact: true }).fill("100000");
  await unicef.getByLabel("Currency").fill("USD");
  await unicef.getByLabel("Where the money comes from").selectOption("donor");
  await unicef.getByLabel("Donor's name").fill("Government of Japan");
  await unicef.getByRole("radio", { name: "Committed" }).check();
  await unicef.getByRole("button", { name: "Add support" }).click();
  await expect(unicef.getByRole("heading", { level: 1, name: giverTitle })).toBeVisible();
  await expect(unicef.getByText("From Government of Japan")).toBeVisible();

  const ilo = await browser.newPage();
  await signInAsNew(ilo, { role: "agency_adviser", agencyAcronym: "ILO" }, "/support/new?country=DZ");
  await ilo.getByLabel("Financial").check();
  await ilo.getByLabel("Title").fill(receiverTitle);
  await ilo.getByLabel("Amount", { exact: true }).fill("40000");
  await ilo.getByLabel("Currency").fill("USD");
  await ilo.getByLabel("Where the money comes from").selectOption("member");
  await ilo.getByLabel("Member it comes from").selectOption({ label: "UNICEF — UNICEF" });
  // The entries offered are the chosen member's in Algeria: UNICEF's grant alone.
  const passes = ilo.getByLabel("Passes on this entry of that member");
  await expect(passes.getByRole("option")).toHaveCount(2);
  await passes.selectOption({ index: 1 });
  await ilo.getByRole("radio", { name: "Committed" }).check();
  await ilo.getByRole("button", { name: "Add support" }).click();
  await expect(ilo.getByRole("heading", { level: 1, name: receiverTitle })).toBeVisible();
  await expect(ilo.getByRole("link", { name: `Passed on from UNICEF's “${giverTitle}”` })).toBeVisible();
  await expect(ilo.getByText("Left out of totals: this money is counted once, at the giver's entry.")).toBeVisible();

  // The giver's page names who passes it on.
  await ilo.getByRole("link", { name: `Passed on from UNICEF's “${giverTitle}”` }).click();
  await expect(ilo.getByRole("heading", { level: 1, name: giverTitle })).toBeVisible();
  await expect(ilo.getByRole("link", { name: `ILO — ${receiverTitle}` })).toBeVisible();

  // Algeria's totals: 100,000 committed, not 140,000, per currency and in USD, and they say why.
  await ilo.goto("/countries/DZ/support");
  await expect(ilo.getByRole("table", { name: "Totals per currency" }).getByRole("row", { name: /^USD/ })).toContainText("USD 100,000.00");
  const converted = ilo.getByRole("table", { name: "In USD" });
  await expect(converted.getByRole("row", { name: /In USD/ })).toContainText("USD 100,000.00");
  await expect(ilo.getByText("1 entry passed on from another member is left out (counted at the giver's)").first()).toBeVisible();
  await ilo.getByRole("link", { name: "How Socle counts funding" }).first().click();
  await expect(ilo.getByRole("heading", { level: 1, name: "How Socle counts funding" })).toBeVisible();
  await expect(ilo.getByText("Pledges are shown, but never counted as funding")).toBeVisible();
});
