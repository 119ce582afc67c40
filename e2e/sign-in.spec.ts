import { expect, test } from "@playwright/test";
import { demoPassword, signIn } from "./helpers/accounts";

test.describe("signing in and out", () => {
  test("a visitor is sent to sign in, and comes back to the page they asked for", async ({ page }) => {
    await page.goto("/countries/BJ");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page).toHaveTitle(/Sign in to Socle/);
    await page.getByLabel("Email address").fill("reviewer@example.org");
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Benin" })).toBeVisible();
  });

  test("wrong credentials get a clear message and keep the email typed; the right password then opens the home", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("reviewer@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toContainText("do not match an active account");
    await expect(page.getByLabel("Email address")).toHaveValue("reviewer@example.org");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  });

  test("signing in works without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("togo@example.org");
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
    await context.close();
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "unicef@example.org");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/countries");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
