import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./fixtures";

// El Salvador is this spec's country: other specs leave its steps and support alone.

const awareness = "Raise awareness and build political will";
const stakeholders = "Identify the key national stakeholders";

/** Opens a page once the service worker controls it, so the page is kept for offline reading. */
async function openThroughWorker(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function stepPath(page: Page, stepTitle: string) {
  await openThroughWorker(page, "/countries/SV", "El Salvador");
  await page.getByRole("table", { name: "Key steps" }).getByRole("link", { name: stepTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(stepTitle) })).toBeVisible();
  const path = new URL(page.url()).pathname;
  await openThroughWorker(page, path, new RegExp(stepTitle));
  return path;
}

async function logMilestone(page: Page, title: string, options: { status?: string } = {}) {
  const form = page.getByRole("form", { name: "Log a milestone" });
  await form.getByLabel("What happened").fill(title);
  await form.getByLabel("Date it happened").fill("2025-04-10");
  await form.getByLabel("Link 1: title").fill("Minutes");
  await form.getByLabel("Link 1: web address").fill("https://example.org/minutes-sv");
  if (options.status) await form.getByLabel("Step status").selectOption({ label: options.status });
  await form.getByRole("button", { name: "Log milestone" }).click();
  await expect(form.getByRole("status").filter({ hasText: "the milestone is kept on this device" })).toBeVisible();
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test("offline, a member keeps reading El Salvador's pages, logs a milestone that survives closing the tab, and it syncs once", async ({ page, context }) => {
  test.setTimeout(180_000);
  await signInAsNew(page, { role: "working_group_member", countryCode: "SV" });
  const path = await stepPath(page, awareness);
  await openThroughWorker(page, "/countries/SV/support/needs/new", "Record a support need");
  await openThroughWorker(page, path, new RegExp(awareness));

  await goOffline(context, page);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(awareness) })).toBeVisible();
  const title = "Community consultation in San Miguel";
  await logMilestone(page, title);
  const pending = page.getByTestId("pending-milestone").filter({ hasText: title });
  await expect(pending).toContainText("Waiting for the connection");
  // Give the queue a moment to reach IndexedDB, then close the tab.
  await page.waitForTimeout(500);
  await page.close();

  const again = await context.newPage();
  await again.goto(path);
  const restored = again.getByTestId("pending-milestone").filter({ hasText: title });
  await expect(restored).toContainText("Waiting for the connection");

  await context.setOffline(false);
  await expect(again.getByTestId("milestone").filter({ hasText: title })).toHaveCount(1);
  await expect(restored).toHaveCount(0);

  // Exactly once, as the server has them.
  await again.reload();
  await expect(again.getByTestId("milestone").filter({ hasText: title })).toHaveCount(1);
});

test("a queued milestone the server refuses (the step changed meanwhile) shows the refusal on the item", async ({ page, context, browser }) => {
  test.setTimeout(180_000);
  await signInAsNew(page, { role: "working_group_member", countryCode: "SV" });
  const path = await stepPath(page, stakeholders);

  await goOffline(context, page);
  const title = "Household survey results presented";
  await logMilestone(page, title, { status: "Mark the step in progress" });
  const item = page.getByTestId("pending-milestone").filter({ hasText: title });
  await expect(item).toContainText("Waiting for the connection");

  // Meanwhile a colleague, online, starts the step.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInAsNew(colleague, { role: "working_group_member", countryCode: "SV" });
  await colleague.goto(path);
  await colleague.getByRole("region", { name: "Status" }).getByRole("button", { name: "Mark as in progress" }).click();
  await expect(colleague.getByRole("region", { name: "Status" })).toContainText("In progress");
  await colleagueContext.close();

  await context.setOffline(false);
  await expect(item).toContainText("Not saved");
  await expect(item.getByRole("alert")).toContainText("Someone else saved a newer version");
  // The refusal stays on the item after a reload: it is never dropped silently.
  await page.reload();
  await expect(page.getByTestId("pending-milestone").filter({ hasText: title })).toContainText("Not saved");
  await expect(page.getByTestId("milestone").filter({ hasText: title })).toHaveCount(0);
});
