import { type Browser, expect, type Page, test } from "@playwright/test";
import { totpCodeAt } from "../lib/second-factor/totp";
import { createPerson, signIn, type TestPerson } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";

/** Signs in through the form, as a person does: email and password, then the second step when it is asked. */
async function typePassword(page: Page, person: TestPerson) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function typeSecondFactor(page: Page, code: string) {
  await expect(page).toHaveURL(/\/sign-in\/second-factor/);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** The authenticator app: a code of a later step than any used, so that it is not a replay of the last one. */
const nextCode = (secret: string) => totpCodeAt(secret, Date.now() + 30_000);

async function asCoordinator(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const coordinator = await createPerson(page.request, { role: "coordinator", name: "Coralie Coordinator" });
  await signIn(page, coordinator.email, coordinator.password);
  return { context, page };
}

test.describe("two-factor sign-in", () => {
  test("a person sets it up, signs in with a code, then with a recovery code; a coordinator resets it", async ({ page, browser }) => {
    const person = await createPerson(page.request, { role: "working_group_member", countryCode: "BJ", name: "Tiago Two-Factor" });
    await signIn(page, person.email, person.password);

    await page.goto("/profile");
    await expect(page.locator("#profile-second-factor-state")).toHaveText("Off");
    await page.getByRole("link", { name: "Manage two-factor sign-in" }).click();
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    await expect(page.getByRole("img", { name: "QR code holding the key for your authenticator app" })).toBeVisible();
    const secret = (await page.locator("#second-factor-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await seriousViolations(page), "the set-up page").toEqual([]);

    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByText("That code is not right, or was already used.")).toBeVisible();
    await page.getByLabel("Code from the app").fill(totpCodeAt(secret));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByText("Two-factor sign-in is on.")).toBeVisible();
    const recoveryCodes = await page.locator("#recovery-codes li").allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await expect(page.locator("#recovery-codes-left")).toHaveText("10 recovery codes left");
    expect(await seriousViolations(page), "the page with the recovery codes").toEqual([]);

    // The password alone no longer opens Socle: a wrong code is refused, the right one signs in.
    await signOut(page);
    await typePassword(page, person);
    await typeSecondFactor(page, "123456");
    await expect(page.getByText("That code is not right, or was already used.")).toBeVisible();
    expect(await seriousViolations(page), "the second step with its refusal").toEqual([]);
    await typeSecondFactor(page, nextCode(secret));
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();

    // A recovery code works once, in place of the app.
    await signOut(page);
    await typePassword(page, person);
    await typeSecondFactor(page, recoveryCodes[0]!);
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
    await page.goto("/profile");
    await expect(page.locator("#profile-second-factor-state")).toContainText("9 recovery codes left");

    // A coordinator resets it (a lost phone): the person's session ends, and the password alone signs in again.
    const coordinator = await asCoordinator(browser);
    await coordinator.page.goto(`/admin/users/${person.userId}`);
    await expect(coordinator.page.locator("#account-second-factor-state")).toContainText("9 recovery codes left");
    await coordinator.page.getByLabel("Yes, reset the second factor of Tiago Two-Factor").check();
    await coordinator.page.getByRole("button", { name: "Reset second factor" }).click();
    await expect(coordinator.page.getByText(/Second factor reset/)).toBeVisible();
    await coordinator.page.reload();
    await expect(coordinator.page.locator("#account-second-factor-state")).toHaveText("Not set up");
    await expect(coordinator.page.locator("#account-second-factor-history")).toContainText("reset by a coordinator (Coralie Coordinator)");
    await expect(coordinator.page.locator("#account-second-factor-history")).toContainText("recovery code used (Tiago Two-Factor)");
    expect(await seriousViolations(coordinator.page), "the account page").toEqual([]);
    await coordinator.context.close();

    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in/);
    await typePassword(page, person);
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  });

  test("the second step works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const person = await createPerson(page.request, { role: "reviewer" });
    await signIn(page, person.email, person.password);
    await page.goto("/profile/two-factor");
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await page.locator("#second-factor-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill(totpCodeAt(secret));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.locator("#recovery-codes li")).toHaveCount(10);

    await signOut(page);
    await typePassword(page, person);
    await typeSecondFactor(page, "999999");
    await expect(page.getByText("That code is not right, or was already used.")).toBeVisible();
    await typeSecondFactor(page, nextCode(secret));
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
    await context.close();
  });
});
