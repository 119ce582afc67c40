/**
 * Someone failing on another person's account, under forged X-Forwarded-For addresses, slows that person down
 * for half a minute; they are not locked out (issue 15, item 11). The half-minute is not waited out: the attempts
 * are moved 31 seconds into the past (a test-support route), as if it had passed; when a wait ends, counted from the
 * server's clock, is lib/auth/password-limits.int.test.ts's. The per-address part, which forged headers
 * can no longer reach, is proven in lib/auth/password-limits.int.test.ts: every request here comes from the
 * same machine, and pausing its address would pause every spec running beside this one.
 */
import { expect, test } from "@playwright/test";
import { createPerson } from "./helpers/accounts";

test("failures under forged addresses make a person wait a moment, then the right password works", async ({ page, request }) => {
  const person = await createPerson(request, { role: "reviewer" });
  for (let attempt = 0; attempt < 5; attempt++) {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": `203.0.113.${attempt + 10}` },
      form: { email: person.email, password: `guess number ${attempt}`, csrfToken, json: "true" },
    });
    expect((await response.json()).url).toContain("error=CredentialsSignin");
  }

  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toContainText("try again in 1 min");

  // The first wait is 30 seconds, not a quarter of an hour: 31 seconds later the right password works.
  const moved = await request.post("/api/test-support/sign-in-attempts", { data: { email: person.email, seconds: 31 } });
  expect(await moved.json()).toEqual({ moved: 5 });
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
});
