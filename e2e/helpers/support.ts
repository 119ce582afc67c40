/** Support in the browser tests: an adviser adds a technical support entry through the "Add support" form. */
import { expect, type Page } from "@playwright/test";

/** Adds a technical entry for the country as the signed-in adviser; returns the entry's address, where the page now is. */
export async function addTechnicalSupport(page: Page, countryCode: string, title: string, category: string): Promise<string> {
  await page.goto(`/support/new?country=${countryCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Add support" })).toBeVisible();
  await page.getByLabel("Technical").check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").selectOption(category);
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}
