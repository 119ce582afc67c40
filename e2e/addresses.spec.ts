/**
 * Socle reached by another address than localhost (issue 23): signing in stays on the address the person used,
 * and no Host, X-Forwarded-Host or callbackUrl sends anyone to another site (decision 2340).
 */
import { type Browser, type BrowserType, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { createPerson } from "./helpers/accounts";

/** Chromium resolves socle.test to this machine, as an office's DNS would resolve the server's name. */
async function browserWithServerName(browserType: BrowserType, launchOptions: object | undefined): Promise<Browser> {
  const options = (launchOptions ?? {}) as { args?: string[] };
  return browserType.launch({ ...options, args: [...(options.args ?? []), "--host-resolver-rules=MAP socle.test 127.0.0.1"] });
}

async function signInThere(page: Page, origin: string, email: string, password: string) {
  await page.goto(`${origin}/countries/BJ`);
  await expect(page).toHaveURL(new RegExp(`^${origin.replaceAll(".", "\\.")}/sign-in`));
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Benin" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "" : ", without JavaScript";
  test(`signing in through 127.0.0.1 lands signed in on 127.0.0.1${how}`, async ({ browser, baseURL }) => {
    const origin = `http://127.0.0.1:${new URL(baseURL!).port}`;
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const person = await createPerson(page.request, { role: "reviewer" });
    await signInThere(page, origin, person.email, person.password);
    // Still signed in on the next page of that address.
    await page.goto(`${origin}/countries`);
    await expect(page.getByRole("heading", { level: 1, name: "Countries" })).toBeVisible();
    await context.close();
  });

  test(`signing in through the server's name lands signed in under that name${how}`, async ({ playwright, baseURL }, testInfo) => {
    const origin = `http://socle.test:${new URL(baseURL!).port}`;
    const browser = await browserWithServerName(playwright.chromium, testInfo.project.use.launchOptions);
    try {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const person = await createPerson(page.request, { role: "reviewer" });
      await page.goto(`${origin}/sign-in`);
      await page.getByLabel("Email address").fill(person.email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("do not match an active account")).toBeVisible();
      expect(new URL(page.url()).origin).toBe(origin);
      await signInThere(page, origin, person.email, person.password);
      // A callbackUrl naming the address in NEXTAUTH_URL is another site from here: the start page of this one.
      await page.goto(`${origin}/sign-in?callbackUrl=${encodeURIComponent(`${baseURL}/countries/TG`)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(origin);
      await context.close();
    } finally {
      await browser.close();
    }
  });
}

test("a forged X-Forwarded-Host or callbackUrl does not send a sign-in to another site", async ({ baseURL }) => {
  const client = await playwrightRequest.newContext({ baseURL });
  const person = await createPerson(client, { role: "reviewer" });
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  const start = await client.get(`/api/auth/signin?callbackUrl=${encodeURIComponent("https://evil.example/x")}`, { headers: forged, maxRedirects: 0 });
  expect(start.status()).toBe(302);
  expect(start.headers()["location"] ?? "").not.toContain("evil.example");

  const { csrfToken } = await (await client.get("/api/auth/csrf", { headers: forged })).json();
  const signedIn = await client.post("/api/auth/callback/credentials", {
    headers: forged,
    form: { email: person.email, password: person.password, csrfToken, callbackUrl: "https://evil.example/x", json: "true" },
  });
  const { url } = await signedIn.json();
  expect(new URL(url).origin).toBe(baseURL);
  expect(new URL(url).pathname).toBe("/");

  const wrong = await client.post("/api/auth/callback/credentials", {
    headers: forged,
    form: { email: person.email, password: "not the password", csrfToken, callbackUrl: "/countries", json: "true" },
  });
  expect(new URL((await wrong.json()).url).origin).toBe(baseURL);
  await client.dispose();
});

test("a Host header that is not a host is refused before anything builds an address from it", async ({ baseURL }) => {
  const client = await playwrightRequest.newContext({ baseURL });
  for (const host of ["evil.example/x", "evil.example@localhost", "localhost:3210/evil"]) {
    const response = await client.get("/api/auth/signin", { headers: { host }, maxRedirects: 0 });
    expect(response.status(), host).toBe(400);
  }
  await client.dispose();
});

test("an anonymous visit of a very long address, or a very long callbackUrl, redirects with a header any client accepts", async ({ baseURL }) => {
  const client = await playwrightRequest.newContext({ baseURL });
  // About 12 kB once encoded: as long as Node's 16 kB header limit lets a request be.
  const longSearch = `/search?q=${"protection ".repeat(900)}`;
  for (const path of [
    longSearch,
    `/sign-in?callbackUrl=${encodeURIComponent(longSearch)}`,
    `/api/auth/signin?callbackUrl=${encodeURIComponent(longSearch)}`,
    `/sign-in?from=auth&callbackUrl=${encodeURIComponent(`${baseURL}${longSearch}`)}`,
  ]) {
    const response = await client.get(path, { maxRedirects: 0 });
    expect([302, 303, 307].includes(response.status()) || response.status() === 200, path.slice(0, 40)).toBe(true);
    const location = response.headers()["location"] ?? "";
    expect(location.length, path.slice(0, 40)).toBeLessThan(2100);
    const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    for (const cookie of cookies) expect(cookie.value.length, path.slice(0, 40)).toBeLessThan(4096);
  }
  await client.dispose();
});
