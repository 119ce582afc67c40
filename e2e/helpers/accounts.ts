/** Accounts in the browser tests: demo accounts, people made for one test, and signing in. */
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/permissions";
import { demoAccounts, demoPassword } from "../../db/seed-data/demo-accounts";

export { demoAccounts, demoPassword };

export type TestPerson = { userId: string; email: string; name: string; password: string };

/** A new person holding one role, made through the server (which alone may open the embedded database). */
export async function createPerson(
  request: APIRequestContext,
  spec: { role: Role | null; countryCode?: string; agencyAcronym?: string; name?: string },
): Promise<TestPerson> {
  const response = await request.post("/api/test-support/people", { data: spec });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** Signs in through the sign-in form, as a person would, and waits for their home. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
}

/** Makes a person for this test and signs them in. */
export async function signInAsNew(page: Page, spec: Parameters<typeof createPerson>[1]): Promise<TestPerson> {
  const person = await createPerson(page.request, spec);
  await signIn(page, person.email, person.password);
  return person;
}
