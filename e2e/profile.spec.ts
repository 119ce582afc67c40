import { expect, test } from "@playwright/test";
import { signIn, signInAsNew } from "./helpers/accounts";

test("changing the password checks as you type, then refuses a wrong current password", async ({ page }) => {
  await signIn(page, "ilo@example.org");
  await page.getByRole("link", { name: "Your profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password, again").focus();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Current password").fill("definitely not it");
  await page.getByLabel("New password", { exact: true }).fill("a much longer passphrase");
  await page.getByLabel("New password, again").fill("a much longer passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not right.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
});

test("revoking an API token waits for its confirmation, with and without JavaScript", async ({ page, browser }) => {
  const person = await signInAsNew(page, { role: "reviewer" }, "/profile");
  for (const name of ["Nightly export", "Quarterly dashboard"]) {
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create a token" }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");
  }

  // Unconfirmed, the revoke button sends nothing: the token stays active.
  const nightly = page.getByRole("row", { name: /Nightly export/ });
  await nightly.getByRole("button", { name: "Revoke the token Nightly export" }).click();
  expect(await nightly.getByRole("checkbox").evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
  await page.reload();
  await expect(page.getByRole("row", { name: /Nightly export/ })).toContainText("Active");
  await page.getByRole("checkbox", { name: /I understand: programs using it stop working at once.*Nightly export/ }).check();
  await page.getByRole("button", { name: "Revoke the token Nightly export" }).click();
  await expect(page.getByRole("row", { name: /Nightly export/ })).toContainText("Revoked");

  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  await signIn(plain, person.email, person.password);
  await plain.goto("/profile");
  await plain.getByRole("checkbox", { name: /Quarterly dashboard/ }).check();
  await plain.getByRole("button", { name: "Revoke the token Quarterly dashboard" }).click();
  await expect(plain.getByRole("row", { name: /Quarterly dashboard/ })).toContainText("Revoked");
  await withoutScript.close();
});
