import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, signInAsNew } from "./helpers/accounts";
import { menuGroup } from "./helpers/navigation";

for (const account of demoAccounts) {
  test(`${account.role}${account.countryCode ? ` of ${account.countryCode}` : ""}${account.agencyAcronym ? ` of ${account.agencyAcronym}` : ""} sees the countries and a country's key steps`, async ({ page }) => {
    await signIn(page, account.email);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries" }).click();

    // Rwanda is left alone by every other browser test, so its figures are the seed's; other specs add steps to
    // Ghana (progress.spec) but leave its status.
    const table = page.getByRole("table", { name: "Countries" });
    await expect(table.getByRole("row")).toHaveCount(19); // a header and 18 countries
    const rwanda = table.getByRole("row", { name: /Rwanda/ });
    await expect(rwanda).toContainText("Africa");
    await expect(rwanda).toContainText("Activities under way");
    await expect(rwanda).toContainText("0 of 8");
    await expect(table.getByRole("row", { name: /Ghana/ })).toContainText("Interest expressed");

    await rwanda.getByRole("link", { name: "Rwanda" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rwanda" })).toBeVisible();
    const steps = page.getByRole("table", { name: "Key steps" });
    await expect(steps.getByRole("row")).toHaveCount(9);
    await expect(steps.getByRole("row", { name: /Set up the national SPF working group/ })).toContainText("Not started");
    await expect(steps.getByRole("row", { name: /Map the present situation/ })).toContainText("0 of 5 sub-activities done");

    // Users are a coordinator's business: the link shows only to them, and the page refuses everyone else.
    const administration = menuGroup(page, "Administration");
    const response = await page.goto("/admin/users");
    if (account.role === "coordinator") {
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
      await expect(page.getByRole("row", { name: /Ursula UNICEF Adviser/ })).toContainText("Agency adviser · UNICEF");
      await administration.locator("summary").click();
      await expect(administration.getByRole("link", { name: "Users" })).toBeVisible();
    } else {
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
      // An adviser's Administration group holds only their agency's webhooks (decision 2210).
      await expect(administration).toHaveCount(account.role === "agency_adviser" ? 1 : 0);
      await expect(page.getByRole("link", { name: "Users", includeHidden: true })).toHaveCount(0);
    }
  });
}

test("an unknown country is a 404 page, not an error", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  const response = await page.goto("/countries/ZZ");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("a refusal is drawn by the server, in the reader's language, with its status: no JavaScript needed", async ({ browser, baseURL }) => {
  // Read with no JavaScript at all, as on a line where the scripts never arrive: Next 16.4 alone would answer these
  // with an empty page the scripts draw (app/_edge/refusal.tsx).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "reviewer@example.org");
  await context.addCookies([{ name: "socle-locale", value: "fr", url: baseURL! }]);
  const refusals = [
    { path: "/admin/users", status: 403, heading: "Accès refusé" }, // refused by role
    { path: "/countries/ZZ", status: 404, heading: "Page introuvable" }, // no such country
    { path: `/countries/GH/schemes/${randomUUID()}`, status: 404, heading: "Page introuvable" }, // no such record
  ];
  for (const { path, status, heading } of refusals) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
    // Inside the app shell, as any page: the menu stays, to go on from there.
    await expect(page.getByRole("navigation", { name: "Navigation principale" }), path).toBeVisible();
  }
  // A public page refuses the same way, inside the public site's frame.
  const unpublished = await page.goto("/public/fr/countries/ZZ");
  expect(unpublished?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  // A navigation inside the app fetches the page's flight data: a refusal there keeps 200, so the router draws it in
  // place rather than reloading the whole page.
  const flight = await page.request.get("/admin/users", { headers: { RSC: "1" } });
  expect(flight.status()).toBe(200);
  expect(await flight.text()).toContain("Accès refusé");
  await context.close();
});

test("the countries table sorts through the URL", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.goto("/countries");
  const table = page.getByRole("table", { name: "Countries" });
  await table.getByRole("link", { name: "Sort by Country" }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(table.getByRole("row").nth(1)).toContainText("Viet Nam");
  await expect(table.getByRole("columnheader", { name: /Country/ })).toHaveAttribute("aria-sort", "descending");
});

test("a member chooses French and the interface follows, on every page", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accueil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Pays" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pays" })).toBeVisible();
  await page.getByRole("link", { name: "Bénin" }).click();
  await expect(page.getByRole("table", { name: "Étapes clés" })).toContainText("Mettre en place le groupe de travail national");
  await expect(page.getByRole("heading", { level: 1, name: "Bénin" })).toBeVisible();
  // The choice is kept in the profile: it holds on the next page too.
  await page.getByRole("link", { name: "Votre profil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre profil" })).toBeVisible();
});
