import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { logThroughApi, openStep } from "./helpers/progress";
import { goThroughMenu } from "./helpers/navigation";

/**
 * Reviewing progress across countries. Benin's step 2 is made completed with a milestone by a Benin member made
 * for the test, through the app; the step may already be completed by the progress spec, and stays completed.
 */
const stepTwo = "Set up the national SPF working group";

async function beninStepTwoCompletedWithMilestone(page: Page, title: string): Promise<{ stepId: string; milestoneId: string }> {
  const stepId = await openStep(page, "Benin", stepTwo);
  // Through the JSON API with the page's session (same origin), shared with all so reviewers and others read it.
  const milestoneId = await logThroughApi(page.request, stepId, title, {
    occurredOn: "2024-03-14",
    links: [{ url: "https://www.social.gouv.bj/decret-2024", title: "Decree" }],
  });
  await page.reload();
  const status = page.getByRole("region", { name: "Status" });
  if (!(await status.textContent())?.includes("Completed")) {
    await status.getByText("Complete this step").click();
    await status.getByLabel("Sign-off note").fill("Decree published");
    await page.getByRole("button", { name: "Complete the step" }).click();
  }
  await expect(status).toContainText("Completed");
  return { stepId, milestoneId };
}

test("a reviewer filters the matrix to Africa and completed, requests changes on Benin's step 2 milestone; the member is notified, edits it, and it returns to review", async ({ page, browser }) => {
  test.setTimeout(180_000); // two people, a dozen pages: the default minute is short on a busy machine
  const title = `Working group installed ${randomUUID().slice(0, 8)}`;
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "BJ", name: "Kossi Agbo" });
  await beninStepTwoCompletedWithMilestone(member, title);

  await signInAsNew(page, { role: "reviewer", name: "Rita Reviewer" });
  await goThroughMenu(page, "Matrix", "Review");
  await expect(page.getByRole("heading", { level: 1, name: "Progress matrix" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Region").selectOption({ label: "Africa" });
  await filters.getByLabel("Step status").selectOption({ label: "Completed" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/region=africa/);
  await expect(page).toHaveURL(/status=completed/);
  const rows = page.getByTestId("matrix-row");
  await expect(rows.filter({ hasText: "Benin" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Argentina" })).toHaveCount(0); // not in Africa
  const cell = page.getByRole("link", { name: new RegExp(`^Benin, 2\\. ${stepTwo}: Completed`) });
  await expect(cell).toContainText("Completed");
  await cell.click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(stepTwo) })).toBeVisible();
  await page.getByTestId("milestone").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const review = page.getByRole("region", { name: "Review of this milestone" });
  await expect(review.getByTestId("review-state")).toContainText("Not reviewed");
  await review.locator("summary", { hasText: "Request changes" }).click();
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(review.getByText("Say what needs to change.")).toBeVisible();
  await review.getByLabel("What needs to change").fill("Please name the ministries on the working group.");
  await review.getByRole("button", { name: "Request changes" }).click();
  await expect(review.getByRole("status").filter({ hasText: "Your decision was recorded." })).toBeVisible();
  await expect(review.getByTestId("review-state")).toContainText("Changes requested");
  await expect(review.getByTestId("review-entry")).toContainText("Rita Reviewer · requested changes");

  // The member's bell counts the decision (and whatever else Benin's group was told meanwhile by the specs running
  // beside this one, a support entry for Benin for one); the notice leads to the milestone.
  await member.goto("/countries");
  await member.getByRole("link", { name: /^Notifications: [1-9]\d* unread$/ }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notice = member.getByTestId("notification").filter({ hasText: title });
  await expect(notice).toContainText(`Rita Reviewer requested changes on “${title}” (Benin)`);
  await expect(notice).toContainText("Please name the ministries on the working group.");
  await notice.getByRole("link").click();
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(member.getByRole("region", { name: "Review of this milestone" }).getByTestId("review-state")).toContainText("Changes requested");

  const edit = member.getByRole("region", { name: "Edit the milestone" });
  await edit.getByLabel("Description").fill("Ministries of Labour, Health and Finance, with the social partners.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();
  await expect(member.getByRole("region", { name: "Review of this milestone" }).getByTestId("review-state")).toContainText("In review");
  await expect(member.getByRole("list", { name: "Changes, newest first" }).getByTestId("history-entry").first()).toContainText("the review state changed");

  // The workspace shows the milestone back in review; the reviewer's step page too.
  await member.goto("/countries/BJ");
  await expect(member.getByTestId("milestone").filter({ hasText: title })).toContainText("In review");
  await page.goBack();
  await page.reload();
  await expect(page.getByTestId("milestone").filter({ hasText: title })).toContainText("In review");
});

test("the matrix works from the keyboard, shows a past day, and lists what changed; charts come with their tables", async ({ page }) => {
  await signInAsNew(page, { role: "reviewer" }, "/matrix?region=africa");
  const benin = page.getByRole("link", { name: new RegExp(`^Benin, 2\\. ${stepTwo}`) });
  await benin.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(stepTwo) })).toBeVisible();

  await page.goto("/matrix");
  await page.getByRole("form", { name: "Filters" }).getByLabel("As of").fill("2020-01-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress matrix as of 2020-01-01" })).toBeVisible();
  // Before anything was logged, every step was not started.
  await expect(page.getByRole("link", { name: new RegExp(`^Benin, 2\\. ${stepTwo}: Not started`) })).toBeVisible();

  await page.goto("/matrix?stale=0");
  await expect(page.getByRole("alert").filter({ hasText: "These filters could not be read" })).toBeVisible();

  await page.getByRole("link", { name: "What changed between two dates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What changed between two dates" })).toBeVisible();
  await page.getByLabel("From").fill("2020-01-02");
  await page.getByLabel("To").fill("2020-01-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("The end date must not come before the start date.")).toBeVisible();

  await page.goto("/charts");
  await expect(page.getByRole("heading", { level: 1, name: "Charts" })).toBeVisible();
  for (const name of ["Steps completed per country", "Needs and support per key step"]) {
    const card = page.getByRole("region", { name });
    await expect(card.getByRole("table", { name })).toBeVisible();
    await expect(card.getByRole("img", { name: /^Bar chart/ })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "Steps completed per country" }).getByRole("row", { name: /Benin/ })).toBeVisible();
});

test("a Togo member's feed follows Togo; following Benin brings its changes, and the notification choices are saved", async ({ page, browser }) => {
  const benin = await browser.newPage();
  await signInAsNew(benin, { role: "working_group_member", countryCode: "BJ" });
  const title = `Forum on social protection ${randomUUID().slice(0, 8)}`;
  await beninStepTwoCompletedWithMilestone(benin, title);
  await benin.close();

  await signInAsNew(page, { role: "working_group_member", countryCode: "TG" });
  await goThroughMenu(page, "Activity", "Review");
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await expect(page.getByTestId("followed-countries")).toHaveText("Togo");
  await expect(page.getByTestId("change-entry").filter({ hasText: title })).toHaveCount(0);
  await page.getByRole("link", { name: "Choose the countries you follow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Countries you follow" })).toBeVisible();
  const africa = page.getByRole("group", { name: "Africa" });
  await expect(africa.getByRole("checkbox", { name: "Togo (by default)" })).toBeChecked();
  await africa.getByRole("checkbox", { name: "Benin", exact: true }).check();
  await page.getByRole("button", { name: "Save the countries you follow" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. You follow 2 countries." })).toBeVisible();
  await expect(africa.getByRole("checkbox", { name: "Benin", exact: true })).toBeChecked();
  await page.getByRole("link", { name: "Back to the activity feed" }).click();
  await expect(page.getByTestId("followed-countries")).toHaveText("Benin and Togo");
  await expect(page.getByTestId("change-entry").filter({ hasText: title })).toContainText("Benin");

  await page.getByRole("link", { name: /^Notifications: 0 unread$/ }).click();
  await page.getByLabel("Review decisions on your items", { exact: true }).selectOption({ label: "Daily digest" });
  await page.getByRole("button", { name: "Save the choice for Review decisions on your items" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your choice was saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Review decisions on your items", { exact: true })).toHaveValue("digest");
});
