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

/**
 * Signs `request` in through next-auth's own endpoints, CSRF token first, as the sign-in form does; the session
 * cookie lands in the request's context (a page's `request` shares its browser's cookies).
 */
export async function postSignIn(request: APIRequestContext, email: string, password = demoPassword) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
  expect(new URL((await response.json()).url).searchParams.get("error"), `sign in as ${email}`).toBeNull();
}

/**
 * Signs in and opens the person's home, or `to`, the page the test goes to first (one page load fewer than the home
 * and then that page: docs/performance.md). The form itself is e2e/sign-in.spec.ts's to drive; every other spec signs
 * in through the same endpoints the form posts to, a second faster than filling it.
 */
export async function signIn(page: Page, email: string, password = demoPassword, to = "/") {
  await postSignIn(page.request, email, password);
  await page.goto(to);
  if (to === "/") await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  else await expect(page, `${email} signed in, not sent to the sign-in page`).not.toHaveURL(/\/sign-in(\?|$)/);
}

/** Makes a person for this test, signs them in and opens their home, or `to`. */
export async function signInAsNew(page: Page, spec: Parameters<typeof createPerson>[1], to = "/"): Promise<TestPerson> {
  const person = await createPerson(page.request, spec);
  await signIn(page, person.email, person.password, to);
  return person;
}
