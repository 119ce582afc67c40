/**
 * A session cookie copied to another browser stops working when its person's sessions end: sign-out, a
 * password reset, a coordinator's "Sign out everywhere", a deactivation (issue 15, decision 1200).
 */
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { signIn, signInAsNew, type TestPerson } from "./helpers/accounts";

/** Another browser holding a copy of the page's session cookie, as someone who copied it would. */
async function copySession(page: Page, browser: Browser): Promise<BrowserContext> {
  const session = (await page.context().cookies()).filter((cookie) => cookie.name.includes("next-auth.session-token"));
  expect(session.length).toBeGreaterThan(0);
  const copy = await browser.newContext();
  await copy.addCookies(session);
  return copy;
}

async function expectSignedIn(context: BrowserContext, person: TestPerson) {
  const page = await context.newPage();
  await page.goto("/countries");
  await expect(page.getByRole("heading", { level: 1, name: "Countries" })).toBeVisible();
  const session = await (await context.request.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(person.email);
  await page.close();
}

async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/countries");
  await expect(page).toHaveURL(/\/sign-in/);
  // next-auth's own route gives nothing away either, and does not renew the cookie.
  const response = await context.request.get("/api/auth/session");
  expect(await response.json()).toEqual({});
  await page.close();
}

/** A coordinator in their own browser, on the person's account page. */
async function coordinatorOnAccount(browser: Browser, person: TestPerson): Promise<Page> {
  const page = await browser.newPage();
  await signInAsNew(page, { role: "coordinator" }, `/admin/users/${person.userId}`);
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
  return page;
}

test("a copied cookie stops working once its person signs out", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "reviewer" });
  const copy = await copySession(page, browser);
  await expectSignedIn(copy, person);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignedOut(copy);
  await copy.close();
});

test("a password reset ends every session made with the old password", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
  const copy = await copySession(page, browser);
  await expectSignedIn(copy, person);

  const coordinator = await coordinatorOnAccount(browser, person);
  await coordinator.getByRole("button", { name: "Create a reset link" }).click();
  const link = await coordinator.getByLabel("Password reset link").inputValue();
  const holder = await browser.newPage();
  await holder.goto(link);
  await holder.getByLabel("New password", { exact: true }).fill("another long passphrase");
  await holder.getByLabel("New password, again").fill("another long passphrase");
  await holder.getByRole("button", { name: "Save the new password" }).click();
  await expect(holder.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();

  await expectSignedOut(copy);
  await expectSignedOut(page.context());
  await signIn(holder, person.email, "another long passphrase");
  await copy.close();
});

test("changing one's password ends the other sessions and keeps this one", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "reviewer" });
  const copy = await copySession(page, browser);
  await page.goto("/profile");
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password", { exact: true }).fill("a much longer passphrase");
  await page.getByLabel("New password, again").fill("a much longer passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();

  await expectSignedOut(copy);
  await expectSignedIn(page.context(), person);
  await copy.close();
});

test("a coordinator signs a person out everywhere, after confirming", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "ILO" });
  const copy = await copySession(page, browser);
  const coordinator = await coordinatorOnAccount(browser, person);

  const button = coordinator.getByRole("button", { name: "Sign out everywhere", exact: true });
  await button.click(); // the box is not ticked: the browser asks for it and nothing ends
  await expectSignedIn(copy, person);

  await coordinator.getByLabel(`Yes, sign ${person.name} out of every session`).check();
  await button.click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Every session of this person has ended." })).toBeVisible();
  await expectSignedOut(copy);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await copy.close();
});

test("a deactivated person's session route answers with an empty session", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "reviewer" });
  const copy = await copySession(page, browser);
  const coordinator = await coordinatorOnAccount(browser, person);
  await coordinator.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "The account was deactivated." })).toBeVisible();

  await expectSignedOut(copy);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await copy.close();
});
