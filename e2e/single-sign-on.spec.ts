/**
 * Single sign-on as people use it (decision 2220): the button beside the password, the provider's own login and
 * consent pages (e2e/oidc-provider.ts, a real OpenID Connect provider), and the way back into Socle; refusals on the
 * sign-in page; a coordinator who sees and unlinks the identity. Each test sets its own people at the provider.
 */
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";

const issuer = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3219}`;
const run = Date.now().toString(36);

type ProviderPerson = { email: string; email_verified: boolean; name?: string };

async function atProvider(page: Page, subject: string, person: ProviderPerson) {
  const response = await page.request.put(`${issuer}/test/people/${subject}`, { data: person });
  expect(response.status()).toBe(204);
}

/** A new browser signs in with the provider as `subject`: the button, the provider's login and consent pages. */
async function signInWithProvider(browser: Browser, subject: string, { javaScript = true } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test ID" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("the provider checks this, not Socle");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click(); // the provider's consent page
  return page;
}

test("a known account signs in with the provider, without JavaScript, and has its own role", async ({ browser, page }) => {
  await atProvider(page, `reviewer-${run}`, { email: "Reviewer@example.org", email_verified: true, name: "Someone else's name there" });
  const reviewer = await signInWithProvider(browser, `reviewer-${run}`, { javaScript: false });
  await expect(reviewer.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await reviewer.goto("/profile");
  await expect(reviewer.getByRole("heading", { level: 2, name: "Rafael Reviewer" })).toBeVisible();
  await expect(reviewer.getByText("Reviewer", { exact: true })).toBeVisible();
  await reviewer.context().close();
});

test("only the sign-in page's forms may lead to the provider, through next-auth's redirect", async ({ request }) => {
  const formAction = async (path: string) =>
    ((await request.get(path)).headers()["content-security-policy"] ?? "").split(";").map((directive) => directive.trim()).find((directive) => directive.startsWith("form-action"));
  expect(await formAction("/sign-in?from=auth")).toBe(`form-action 'self' ${issuer}`);
  expect(await formAction("/api/health")).toBe("form-action 'self'");
});

test("an unknown or unverified e-mail is refused on the sign-in page, with the reason", async ({ browser, page }) => {
  await atProvider(page, `stranger-${run}`, { email: `stranger-${run}@example.net`, email_verified: true });
  const stranger = await signInWithProvider(browser, `stranger-${run}`);
  await expect(stranger).toHaveURL(/\/sign-in\?from=auth&error=SsoUnknownEmail/);
  await expect(stranger.locator("#sign-in-error")).toContainText("There is no Socle account or open invitation");
  await stranger.context().close();

  await atProvider(page, `unverified-${run}`, { email: "benin@example.org", email_verified: false });
  const unverified = await signInWithProvider(browser, `unverified-${run}`, { javaScript: false });
  await expect(unverified.locator("#sign-in-error")).toContainText("did not confirm your email address");
  await unverified.context().close();
});

test("an invited person joins by signing in with the provider; after their e-mail changes there, a coordinator unlinks them", async ({ browser, page, baseURL }) => {
  test.slow(); // a coordinator and four sign-ins through the provider
  const email = `sso-invited-${run}@example.org`;
  const subject = `invited-${run}`;
  await signInAsNew(page, { role: "coordinator" }, "/admin/users/invite");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("working_group_member");
  await page.getByLabel("Country").selectOption({ label: "Benin" });
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `send this link to ${email} yourself` })).toBeVisible();

  await atProvider(page, subject, { email, email_verified: true, name: `Sol Invitee ${run}` });
  const invitee = await signInWithProvider(browser, subject);
  await expect(invitee.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await invitee.goto("/profile");
  await expect(invitee.getByRole("heading", { level: 2, name: `Sol Invitee ${run}` })).toBeVisible();
  await expect(invitee.getByText("Working group member", { exact: true })).toBeVisible();
  await invitee.context().close();

  // The provider's address changes (even unverified): the identity, matched by its subject, still opens the account.
  const moved = `sol-${run}@elsewhere.example.net`;
  await atProvider(page, subject, { email: moved, email_verified: false, name: `Sol Invitee ${run}` });
  const again = await signInWithProvider(browser, subject);
  await expect(again.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await again.goto("/profile");
  await expect(again.getByText(email)).toBeVisible();
  await again.context().close();

  await page.goto("/admin/users");
  await page.getByRole("link", { name: `Sol Invitee ${run}` }).click();
  const identities = page.getByRole("region", { name: "Single sign-on" });
  await expect(identities).toContainText(moved);
  await expect(identities).toContainText(issuer);
  expect(await seriousViolations(page), "the account page with a linked identity").toEqual([]);
  const unlink = page.getByRole("button", { name: `Unlink the sign-in account ${moved}` });

  // The unlink form as the coordinator's browser would post it without JavaScript, forged by someone else: refused.
  const fields: [string, string][] = await page
    .locator("form", { has: unlink }) // an inner locator is found within the form
    .evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)]));
  const forger = await browser.newPage();
  await signInAsNew(forger, { role: "working_group_member", countryCode: "BJ" });
  await forger.request.post(page.url(), { multipart: Object.fromEntries(fields), headers: { Origin: baseURL! } });
  await forger.context().close();
  await page.reload();
  await expect(identities).toContainText(moved);

  await unlink.click();
  await expect(identities).toContainText("None linked."); // the page read again, without the identity
  await page.reload();
  await expect(identities).toContainText("None linked.");

  // Unlinked, the identity must be matched by e-mail again, and its new one is not verified there.
  const refused = await signInWithProvider(browser, subject);
  await expect(refused.locator("#sign-in-error")).toContainText("did not confirm your email address");
  await refused.context().close();
});
