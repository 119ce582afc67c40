import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";

test("pages are served with the security headers", async ({ request }) => {
  const response = await request.get("/sign-in?from=auth");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSource = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSource).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSource).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("every script in a page carries the request's nonce", async ({ request }) => {
  const response = await request.get("/sign-in?from=auth");
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
});

test("a form posted from another site is refused and changes nothing", async ({ page, baseURL }) => {
  await signInAsNew(page, { role: "reviewer" });
  const actionField = await page.locator('form input[type="hidden"][name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(actionField).toBeTruthy();
  // The session cookie rides along, as it would in a forged cross-site form post.
  const forged = await page.request.post("/countries", {
    headers: { origin: "https://attacker.example" },
    multipart: { [actionField!]: "", locale: "pt" },
  });
  expect(forged.status()).toBe(403);
  await page.goto(`${baseURL}/countries`);
  await expect(page.getByRole("heading", { level: 1, name: "Countries" })).toBeVisible();
});

test("signing in without next-auth's CSRF token does not start a session", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: "reviewer@example.org", password: "socle-demo-2026", callbackUrl: "/countries" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"]).toContain("csrf=true");
  expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
});

test("a session expires after twelve hours at most", async ({ page }) => {
  await signInAsNew(page, { role: "reviewer" });
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  const hoursLeft = ((session?.expires ?? 0) * 1000 - Date.now()) / 3_600_000;
  expect(hoursLeft).toBeGreaterThan(11.5);
  expect(hoursLeft).toBeLessThanOrEqual(12);
});
