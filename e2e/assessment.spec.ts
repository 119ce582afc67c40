import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { logMilestone, openStep } from "./helpers/progress";

// Countries of this spec: Mozambique (the matrix, as the issue tells it), Togo (a member of another country),
// Burkina Faso (without JavaScript) and Viet Nam (two tabs). No other spec touches these countries' matrices or
// Mozambique's inventory (e2e/schemes.spec.ts keeps Nepal's).

type Item = { guarantee: string; section: "policy gap" | "implementation issue" | "recommendation"; statement: string; kind?: string; priority?: string };

async function addItem(page: Page, countryCode: string, item: Item) {
  await page.goto(`/countries/${countryCode}/assessment`);
  await page.getByRole("link", { name: `Add a ${item.section} to ${item.guarantee}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add to the assessment matrix" })).toBeVisible();
  await page.getByLabel("Statement").fill(item.statement);
  if (item.kind) await page.getByRole("group", { name: "Kind" }).getByLabel(item.kind).check();
  if (item.priority) await page.getByRole("group", { name: "Priority" }).getByLabel(item.priority).check();
  await page.getByRole("button", { name: "Add to the matrix" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the matrix." })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

async function addScheme(page: Page, name: string, guarantee: string) {
  await page.goto("/countries/MZ/schemes/new");
  await page.getByLabel("National name").fill(name);
  await page.getByRole("group", { name: "Guarantees it serves" }).getByLabel(guarantee).check();
  await page.getByLabel("Everyone signed in to Socle").check();
  await page.getByRole("button", { name: "Add the scheme" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The scheme was added." })).toBeVisible();
}

test("a Mozambique member records schemes and recommendations, endorses the matrix at a dialogue, edits it after; others read, review and cannot write", async ({ browser }) => {
  test.setTimeout(180_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "MZ", name: "Joaquim Chissano Nhaca" });

  // The assessment step leads to the matrix; its schemes come from the inventory.
  await openStep(member, "Mozambique", "Map the present situation");
  await member.getByRole("region", { name: "The assessment as data" }).getByRole("link", { name: "Assessment matrix: Mozambique" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Assessment matrix: Mozambique" })).toBeVisible();
  await addScheme(member, "Programa Subsídio Social Básico", "Older persons");
  await addScheme(member, "Subsídio para Crianças dos 0 aos 2 anos", "Children");
  await member.goto("/countries/MZ/assessment");
  await expect(member.getByTestId("block-older_persons")).toContainText("Programa Subsídio Social Básico");
  await expect(member.getByTestId("block-children")).toContainText("Subsídio para Crianças dos 0 aos 2 anos");

  // A gap and three recommendations; a recommendation without its kind is pointed out before anything is saved.
  await addItem(member, "MZ", { guarantee: "Children", section: "policy gap", statement: "No child benefit outside the pilot districts" });
  await member.goto("/countries/MZ/assessment");
  await member.getByRole("link", { name: "Add a recommendation to Children" }).click();
  await member.getByLabel("Statement").fill("Extend the child grant nationwide");
  await member.getByRole("button", { name: "Add to the matrix" }).click();
  await expect(member.getByText("Choose whether the recommendation changes benefits or coverage")).toBeVisible();
  await member.getByRole("group", { name: "Kind" }).getByLabel("Benefit or coverage change (to be costed)").check();
  await member.getByRole("group", { name: "Priority" }).getByLabel("High").check();
  await member.getByRole("button", { name: "Add to the matrix" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Added to the matrix." })).toBeVisible();
  const childGrant = member.url().replace(/\?.*$/, "");
  const pension = await addItem(member, "MZ", { guarantee: "Older persons", section: "recommendation", statement: "Raise the basic social subsidy to the national poverty line", kind: "Benefit or coverage change (to be costed)", priority: "Medium" });
  await addItem(member, "MZ", { guarantee: "Essential health care", section: "recommendation", statement: "Register informal workers with the INSS", kind: "Management measure (not costed)", priority: "Low" });
  await member.goto("/countries/MZ/assessment");
  await expect(member.getByTestId("section-children-recommendation")).toContainText("Proposed");
  await expect(member.getByTestId("assessment-standing")).toContainText("Draft, never endorsed");
  await member.getByRole("button", { name: "Share with everyone signed in" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Who reads the matrix has changed." })).toBeVisible();

  // The national dialogue, logged as a milestone with its minutes, endorses two of the three recommendations.
  await openStep(member, "Mozambique", "Identify viable policy options");
  await logMilestone(member, {
    title: "First national dialogue on the social protection floor",
    occurredOn: "2025-06-12",
    link: { title: "Minutes of the dialogue", url: "https://example.org/mz/dialogue-1" },
    shared: true,
  });
  await expect(member.getByRole("status").filter({ hasText: /logged/i })).toBeVisible();
  await member.goto("/countries/MZ/assessment");
  await member.getByRole("link", { name: "Endorse at a national dialogue" }).click();
  await expect(member.getByLabel("The dialogue's milestone")).toContainText("First national dialogue on the social protection floor");
  await member.getByRole("group", { name: "Recommendations the dialogue endorsed" }).getByLabel(/Register informal workers/).uncheck();
  await member.getByRole("button", { name: "Endorse and freeze this version" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Version 1 of Mozambique's assessment matrix" })).toBeVisible();
  await expect(member.getByTestId("version-comparison")).toContainText("Nothing: the draft is as this version was endorsed.");
  await member.goto("/countries/MZ");
  await expect(member.getByTestId("assessment-summary")).toContainText("3 recommendations (2 policy options) · Version 1 endorsed on Jun 12, 2025.");
  await member.goto(childGrant);
  await expect(member.getByText("Endorsed", { exact: true }).first()).toBeVisible();
  await expect(member.getByRole("link", { name: "First national dialogue on the social protection floor" })).toBeVisible();

  // Edited afterwards: the endorsed version stays as it was and the comparison shows the change.
  await member.getByRole("link", { name: "Edit" }).click();
  await member.getByLabel("Statement").fill("Extend the child grant nationwide by 2030");
  await member.getByRole("button", { name: "Save" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await member.goto("/countries/MZ/assessment");
  await expect(member.getByTestId("assessment-standing")).toContainText("Draft changed since endorsement");
  await member.getByRole("link", { name: "Compare the draft with version 1" }).click();
  const comparison = member.getByTestId("version-comparison");
  await expect(comparison).toContainText("1 item changed");
  await expect(comparison.locator("del")).toHaveText("Extend the child grant nationwide");
  await expect(comparison.locator("ins")).toHaveText("Extend the child grant nationwide by 2030");
  await expect(member.getByTestId("section-children-recommendation")).toContainText("Extend the child grant nationwide");
  await expect(member.getByTestId("section-children-recommendation")).not.toContainText("by 2030");
  expect(await seriousViolations(member)).toEqual([]);

  // Togo's member reads the shared matrix and may change none of it.
  const togo = await browser.newPage();
  await signInAsNew(togo, { role: "working_group_member", countryCode: "TG" }, "/countries/MZ/assessment");
  await expect(togo.getByTestId("section-children-recommendation")).toContainText("Extend the child grant nationwide by 2030");
  await expect(togo.getByRole("link", { name: /^Add a / })).toHaveCount(0);
  await expect(togo.getByRole("link", { name: "Endorse at a national dialogue" })).toHaveCount(0);
  await togo.goto(`${pension}/edit`);
  await expect(togo.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await togo.goto("/countries/MZ/assessment/endorse");
  await expect(togo.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();

  // A reviewer requests a change on a recommendation; the group sees it.
  const reviewer = await browser.newPage();
  await signInAsNew(reviewer, { role: "reviewer", name: "Rui Reviewer" }, pension);
  const review = reviewer.getByRole("region", { name: "Review of this item" });
  await review.locator("summary", { hasText: "Request changes" }).click();
  await review.getByLabel("What needs to change").fill("Name the poverty line and its year.");
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(review.getByTestId("review-state")).toContainText("Changes requested");
  await member.goto(pension);
  await expect(member.getByRole("region", { name: "Review of this item" }).getByTestId("review-entry")).toContainText("Name the poverty line and its year.");
  await member.goto("/countries/MZ/assessment");
  await expect(member.getByTestId("section-older_persons-recommendation")).toContainText("Changes requested");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member adds a recommendation, is told what is missing with what was typed kept, then drops it with a reason", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "BF" }, "/countries/BF/assessment/items/new?guarantee=active_age&section=recommendation");
    await page.getByLabel("Statement").fill("Create a public works programme for the lean season");
    await page.getByRole("group", { name: "Priority" }).getByLabel("High").check();
    await page.getByRole("button", { name: "Add to the matrix" }).click();
    await expect(page.getByText("Choose whether the recommendation changes benefits or coverage")).toBeVisible();
    await expect(page.getByLabel("Statement")).toHaveValue("Create a public works programme for the lean season");
    await expect(page.getByRole("group", { name: "Priority" }).getByLabel("High")).toBeChecked();
    await page.getByRole("group", { name: "Kind" }).getByLabel("Benefit or coverage change (to be costed)").check();
    await page.getByRole("button", { name: "Add to the matrix" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Create a public works programme for the lean season" })).toBeVisible();

    await page.getByText("Drop it").click();
    await page.getByRole("button", { name: "Drop the recommendation" }).click();
    // Refused, the form stays open with the date as it was.
    await expect(page.getByText("Say why the recommendation is dropped.")).toBeVisible();
    await expect(page.getByLabel("Dropped on")).not.toHaveValue("");
    await page.getByLabel("Why it is dropped").fill("The budget law of 2025 leaves no room for it.");
    await page.getByRole("button", { name: "Drop the recommendation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The recommendation's status is recorded." })).toBeVisible();
    await expect(page.getByText("The budget law of 2025 leaves no room for it.").first()).toBeVisible();
  });
});

test("a save over a newer version of an item shows that version and keeps what was typed", async ({ browser }) => {
  const first = await browser.newPage();
  await signInAsNew(first, { role: "working_group_member", countryCode: "VN" });
  const itemUrl = await addItem(first, "VN", { guarantee: "Older persons", section: "policy gap", statement: "Social pensions start at 80" });
  const second = await browser.newPage();
  await signInAsNew(second, { role: "working_group_member", countryCode: "VN" });
  await Promise.all([first.goto(`${itemUrl}/edit`), second.goto(`${itemUrl}/edit`)]);
  await first.getByLabel("Statement").fill("Social pensions start at 80 (75 in poor households)");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await second.getByLabel("Details").fill("Decree 20/2021");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText("The version saved in the meantime")).toBeVisible();
  await expect(second.getByLabel("Details")).toHaveValue("Decree 20/2021");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
});
