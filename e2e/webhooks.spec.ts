/**
 * Webhooks (issue 22, decision 2210): a coordinator registers a receiver the test starts on 127.0.0.1 (the server runs
 * with SOCLE_WEBHOOK_ALLOW_PRIVATE=true), sends a test event and sees it delivered in the endpoint's log, then logs a
 * milestone and sees that event arrive. Every request is verified by a receiver written from the Standard Webhooks
 * specification, with the secret the endpoint's page shows.
 */
import { expect, test } from "@playwright/test";
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from "../lib/testing/webhook-receiver";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { logMilestone, openStep } from "./helpers/progress";

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

test("a coordinator registers a receiver, sends a test event, sees it delivered, and receives a milestone logged", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsNew(page, { role: "coordinator", name: "Wanjiru Kamau" });
  await expect(page.locator('nav a[href="/settings/webhooks"]').first()).toHaveText("Webhooks");
  await page.goto("/settings/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  await page.getByLabel("Address (URL)").fill(receiver.url);
  await page.getByLabel("Description").fill("Our monitoring dashboard");
  const events = page.getByRole("group", { name: "Events" });
  await expect(events.getByLabel("A milestone is logged")).toBeChecked();
  await events.getByLabel("A key step's status changes").check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("The endpoint was registered. Its signing secret is below.")).toBeVisible();
  const secret = await page.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  expect(await seriousViolations(page)).toEqual([]);

  // The test event: sent within seconds, verified, and listed as delivered with the receiver's 200.
  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect(page.getByText("A test event was queued")).toBeVisible();
  const [testEvent] = await receiver.waitFor("/hook", 1, 20_000);
  expect(testEvent, "the test event arrived").toBeDefined();
  expect(verifyStandardWebhook(secret, testEvent!.headers, testEvent!.body)).toBe(true);
  expect(JSON.parse(testEvent!.body)).toMatchObject({ type: "webhook.test" });
  await expect(async () => {
    await page.reload();
    const row = page.getByTestId("webhook-delivery").first();
    await expect(row).toContainText("Test event");
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("200");
  }).toPass({ timeout: 20_000 });

  // A milestone logged in Benin (shared with all) reaches the receiver, signed.
  const title = `Webhook journey ${Date.now()}`;
  await openStep(page, "Benin", "Identify the key national stakeholders");
  await logMilestone(page, { title, occurredOn: "2024-09-01", shared: true });
  await expect(page.getByText(title).first()).toBeVisible();
  const arrived = await receiver.waitFor("/hook", 2, 20_000);
  const milestone = arrived.find((request) => request.body.includes(title));
  expect(milestone, "the milestone's event arrived").toBeDefined();
  expect(verifyStandardWebhook(secret, milestone!.headers, milestone!.body)).toBe(true);
  expect(JSON.parse(milestone!.body)).toMatchObject({ type: "milestone.logged", data: { milestone: { title, countryCode: "BJ", sharingLevel: "all" } } });
});
