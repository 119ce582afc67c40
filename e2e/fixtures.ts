/** Shared helpers for the browser tests: the demo accounts and signing in as one of them. */
import { expect, type Page } from "@playwright/test";
import { demoAccounts, demoPassword } from "../db/seed-data/demo-accounts";

export { demoAccounts, demoPassword };

export function demoAccount(email: string) {
  const account = demoAccounts.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account;
}

/** Signs in through the sign-in form, as a person would, and waits for the countries list. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Countries" })).toBeVisible();
}
