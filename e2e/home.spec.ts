/**
 * Each person's home, as they would use it: signing in lands there; from each role's lists to the page an item
 * points to; and what an empty home says. Countries and agencies of this spec: Lao PDR (a working group, its
 * milestone under review), Indonesia (support recorded by UNFPA and by a coordinator's adviser from UNDP).
 */
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { unique } from "./helpers/forged-forms";
import { sameOrigin } from "./helpers/progress";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** One list of the home, by its title. */
function homeList(page: Page, title: string | RegExp): Locator {
  return page.getByRole("region", { name: title });
}

/** Opens an item of a list, through "See all" when the list holds more than it shows. */
async function openFromList(list: Locator, name: string) {
  const seeAll = list.getByRole("link", { name: /^See all/ });
  if (await seeAll.isVisible()) await seeAll.click();
  await list.getByRole("link", { name, exact: true }).click();
}

/** Records a financial entry through the "Add support" form as the signed-in adviser; the page is then the entry's. */
async function recordFinancialSupport(page: Page, countryCode: string, title: string) {
  await page.goto(`/support/new?country=${countryCode}`);
  await page.getByLabel("Financial").check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Amount").fill("25000");
  await page.getByLabel("Currency").fill("USD");
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a working group member lands on the home, opens the next step, and answers the changes a reviewer requested from it", async ({ page, browser }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "LA" });
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 2, name: "Your working group: Lao PDR" })).toBeVisible();

  const nextSteps = homeList(page, /^Next steps/);
  const first = nextSteps.getByRole("listitem").first().getByRole("link");
  const stepTitle = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: stepTitle })).toBeVisible();
  const stepId = page.url().split("/steps/")[1]!;

  // Shared with all, so that a reviewer reads it; a reviewer asks for changes on it.
  const title = unique("Committee minutes");
  const logged = await page.request.post("/api/v1/countries/LA/milestones", {
    headers: sameOrigin(),
    data: { countryStepId: stepId, title, occurredOn: "2025-03-03", sharingLevel: "all", evidenceSharingLevel: "all" },
  });
  expect(logged.status(), await logged.text()).toBe(201);
  const milestonePath = `/countries/LA/milestones/${((await logged.json()) as { data: { id: string } }).data.id}`;
  const reviewer = await newPage(browser);
  await signInAsNew(reviewer, { role: "reviewer" }, milestonePath);
  const review = reviewer.getByRole("region", { name: "Review of this milestone" });
  await review.locator("summary", { hasText: "Request changes" }).click();
  await review.getByLabel("What needs to change").fill("Add the list of members.");
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(review.getByTestId("review-state")).toContainText("Changes requested");

  await page.goto("/");
  const requested = homeList(page, /^Changes requested/);
  await expect(requested).toContainText("(1 item)");
  await requested.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const thread = page.getByRole("region", { name: "Review of this milestone" });
  await thread.getByLabel("Your answer to the reviewers").fill("The members are listed in the annex.");
  await thread.getByRole("button", { name: "Send the answer" }).click();
  await expect(thread.getByTestId("review-state")).toContainText("In review");
  await page.goto("/");
  await expect(homeList(page, /^Changes requested/)).toHaveCount(0);

  // The answer puts it back in review: the reviewer's home leads to it.
  await reviewer.goto("/");
  await expect(reviewer.getByRole("heading", { level: 2, name: "Review", exact: true })).toBeVisible();
  await openFromList(homeList(reviewer, /^Waiting for review/), title);
  await expect(reviewer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reviewer).toHaveURL(new RegExp(`${milestonePath}$`));
});

test("an adviser whose agency supports no country is told to record support; then the home leads to the entry that lacks its transactions", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNFPA" });
  const section = page.getByRole("region", { name: "Your agency: UNFPA" });
  await expect(section).toContainText("Your agency supports no country in Socle yet. Start by recording the support it gives.");
  await section.getByRole("link", { name: "Record support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();

  const title = unique("Census grant");
  await recordFinancialSupport(page, "ID", title);
  const entryPath = new URL(page.url()).pathname;
  await page.goto("/");
  await expect(section).toContainText("Countries your agency supports: 1.");
  const pending = homeList(page, /^Financial entries without transactions/);
  await expect(pending).toContainText("(1 item)");
  await expect(pending).toContainText("25,000");
  await pending.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${entryPath}$`));
});

test("a coordinator's data-quality flags lead to the entry to complete, through 'see all'", async ({ page, browser }) => {
  const adviser = await newPage(browser);
  await signInAsNew(adviser, { role: "agency_adviser", agencyAcronym: "UNDP" });
  const title = unique("Cash transfer pilot");
  await recordFinancialSupport(adviser, "ID", title);

  await signInAsNew(page, { role: "coordinator" });
  await expect(page.getByRole("heading", { level: 2, name: "Coordination" })).toBeVisible();
  const flags = homeList(page, /^Financial entries without transactions/);
  await expect(flags).toContainText(/\(\d+ items?\)/);
  await openFromList(flags, title);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("'see all' lists a whole list and says how to go back; a list name typed wrong is refused with a message", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "LA" });
  const nextSteps = homeList(page, /^Next steps/);
  const shown = await nextSteps.getByRole("listitem").count();
  await nextSteps.getByRole("link", { name: /^See all/ }).click();
  await expect(page).toHaveURL(/\?more=nextSteps/);
  expect(await homeList(page, /^Next steps/).getByRole("listitem").count()).toBeGreaterThan(shown);
  await expect(homeList(page, /^Next steps/).getByRole("link", { name: "Show fewer" })).toBeVisible();

  await page.goto("/?more=everything");
  await expect(page.getByRole("alert").filter({ hasText: "That list could not be shown" })).toBeVisible();
  await expect(homeList(page, /^Next steps/)).toBeVisible();
});

test("a person with no role yet is told how to get one", async ({ page }) => {
  await signInAsNew(page, { role: null });
  await expect(page.getByText("You hold no role in Socle yet, so nothing waits for you here.")).toBeVisible();
  await expect(homeList(page, /^Next steps/)).toHaveCount(0);
});

test("the home works without JavaScript, and a visitor who is not signed in is sent to sign in", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAsNew(page, { role: "working_group_member", countryCode: "LA" });
  await homeList(page, /^Next steps/).getByRole("listitem").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/countries\/LA\/steps\//);
});
