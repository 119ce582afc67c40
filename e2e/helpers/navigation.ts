/** The main menu as a person uses it: the menu button on a phone, a group opened, then one of its links. */
import { expect, type Locator, type Page } from "@playwright/test";

export const mainMenu = (page: Page): Locator => page.getByRole("navigation", { name: "Main" });

/** The phone's menu button (a <summary>, which opens the menu without JavaScript). */
export const menuButton = (page: Page): Locator => page.locator("header summary").filter({ hasText: /^Menu$/ });

/** A group of the main menu, by its label ("Review", "Learning", "Administration"). */
export const menuGroup = (page: Page, label: string): Locator => mainMenu(page).locator("details").filter({ has: page.locator("summary", { hasText: label }) });

/** Opens the menu where it is folded away (a phone), then the group if one is named, and follows the link. */
export async function goThroughMenu(page: Page, link: string, group?: string) {
  if (await menuButton(page).isVisible()) {
    await menuButton(page).click();
    await expect(mainMenu(page)).toBeVisible();
  }
  if (group) {
    const details = menuGroup(page, group);
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  }
  await mainMenu(page).getByRole("link", { name: link, exact: true }).click();
}
