/** After signing in, Socle sends people only to its own pages (issue 15: the open redirect). */
import { expect, test } from "@playwright/test";
import { createPerson } from "./helpers/accounts";

const offSite = ["//evil.example/x", "/\\evil.example/x", "https://evil.example/x"];

test("the sign-in page never sends a signed-in person to another site", async ({ page, baseURL }) => {
  const person = await createPerson(page.request, { role: "reviewer" });
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();

  for (const target of [`${baseURL}//evil.example/x`, ...offSite]) {
    const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(response.status(), target).toBe(307);
    const location = new URL(response.headers()["location"] ?? "", baseURL);
    expect(location.origin, target).toBe(baseURL);
    expect(location.pathname, target).toBe("/");
  }
});

test("next-auth's sign-in answers with an address on this Socle, whatever callbackUrl it was given", async ({ request, baseURL }) => {
  const person = await createPerson(request, { role: "reviewer" });
  for (const target of [`${baseURL}//evil.example/x`, ...offSite]) {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: person.email, password: person.password, csrfToken, callbackUrl: target, json: "true" },
    });
    const { url } = await response.json();
    expect(new URL(url).origin, target).toBe(baseURL);
    expect(new URL(url).pathname, target).toBe("/");
  }
});

test("a sign-in form posted without JavaScript lands on this Socle too", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const person = await createPerson(page.request, { role: "reviewer" });
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`${baseURL}//evil.example/x`)}`);
  // Every form of the page carries it: the password's and, with single sign-on set up, the provider's button.
  const callbackUrls = await page.locator('input[name="callbackUrl"]').all();
  expect(callbackUrls.length).toBeGreaterThan(0);
  for (const callbackUrl of callbackUrls) await expect(callbackUrl).toHaveValue("/");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(baseURL);
  await context.close();
});
