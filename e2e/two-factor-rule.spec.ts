/**
 * The installation's rule that coordinators sign in with a second factor. It holds every coordinator while it is on,
 * so this spec runs in the "alone" project: no other spec may sign a coordinator in meanwhile.
 */
import { expect, test } from "@playwright/test";
import { totpCodeAt } from "../lib/second-factor/totp";
import { createPerson, postSignIn } from "./helpers/accounts";
import { fieldOf, signedInRequest, submit } from "./helpers/forged-forms";
import { formHolding, turnOnSecondFactor } from "./helpers/second-factor";

test("a coordinator without a second factor is sent to set one up before anything else, while the rule is on", async ({ page, baseURL }) => {
  const ruler = await createPerson(page.request, { role: "coordinator" });
  const admin = await signedInRequest(baseURL!, ruler.email, ruler.password);
  await turnOnSecondFactor(admin, baseURL!);
  const setRule = async (required: boolean) => {
    const form = await formHolding(admin, "/admin/users", "second-factor-rule");
    const values: Record<string, string> = { version: fieldOf(form, "version")! };
    if (required) values.required = "on";
    const fields = form.fields.filter(([name]) => name !== "required");
    expect((await submit(admin, { ...form, fields }, values, baseURL!)).status()).toBeLessThan(400);
    // A refused save also answers 200: the switch as the page now shows it says whether it was saved.
    const saved = await formHolding(admin, "/admin/users", "second-factor-rule");
    expect(saved.fields.some(([name]) => name === "required"), `the rule is ${required ? "on" : "off"}`).toBe(required);
  };
  await setRule(true);
  try {
    const held = await createPerson(page.request, { role: "coordinator", name: "Hélène Held" });
    await postSignIn(page.request, held.email, held.password);
    for (const path of ["/", "/countries", "/admin/users", "/profile"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/profile\/two-factor$/);
    }
    await expect(page.getByText("This Socle requires coordinators to sign in with a second factor.")).toBeVisible();
    // The API refuses the same session too.
    expect((await page.request.get("/api/v1/home")).status()).toBe(403);

    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await page.locator("#second-factor-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill(totpCodeAt(secret));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.locator("#recovery-codes li")).toHaveCount(10);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
    expect((await page.request.get("/api/v1/home")).status()).toBe(200);
  } finally {
    await setRule(false);
    await admin.dispose();
  }
});
