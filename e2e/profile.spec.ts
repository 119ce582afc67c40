import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/accounts";

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
