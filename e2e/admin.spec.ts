import { expect, type Page, test } from "@playwright/test";
import { createPerson, signIn, signInAsNew } from "./helpers/accounts";
import { goThroughMenu } from "./helpers/navigation";

test("a coordinator invites an agency adviser, who signs up through the link shown and signs in", async ({ page, browser }) => {
  test.slow(); // two people and two sign-ins, one of them with a password hashed at sign-up
  await signInAsNew(page, { role: "coordinator" });
  await goThroughMenu(page, "Users", "Administration");
  await page.getByRole("link", { name: "Invite a person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite a person" })).toBeVisible();

  const email = `adviser-${Date.now()}@example.org`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("agency_adviser");
  await expect(page.getByLabel("Country")).toHaveCount(0); // an adviser's scope is an agency
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("Agency").selectOption({ label: "ILO · International Labour Organization" });
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `send this link to ${email} yourself` })).toBeVisible();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);

  await page.goto("/admin/users");
  await expect(page.getByRole("table", { name: "Invitations not yet used" }).getByRole("row", { name: new RegExp(email) })).toContainText(
    "Agency adviser · ILO",
  );

  const invitee = await browser.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "Join Socle" })).toBeVisible();
  await expect(invitee.getByText("You are invited as Agency adviser · ILO.")).toBeVisible();
  await invitee.getByLabel("Your name").fill("Amara Adviser");
  await invitee.getByLabel("Password", { exact: true }).fill("a long and private passphrase");
  await invitee.getByLabel("Password, again").fill("a long and private passphrase");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee.getByRole("status").filter({ hasText: "Your account is ready" })).toBeVisible();

  await signIn(invitee, email, "a long and private passphrase");
  await invitee.getByRole("link", { name: "Your profile" }).click();
  await expect(invitee.getByRole("heading", { level: 2, name: "Amara Adviser" })).toBeVisible();
  await expect(invitee.getByText("Agency adviser", { exact: true })).toBeVisible();

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation link was already used" })).toBeVisible();
  await invitee.goto("/invitation/not-a-real-token-at-all-not-a-real-token");
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation link is not valid" })).toBeVisible();
});

test("a coordinator deactivates a user, and that user's next page load sends them to sign in", async ({ page, browser }) => {
  const memberPage = await browser.newPage();
  const member = await signInAsNew(memberPage, { role: "working_group_member", countryCode: "BF" });

  await signInAsNew(page, { role: "coordinator" }, "/admin/users");
  await page.getByRole("link", { name: member.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await page.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The account was deactivated." })).toBeVisible();
  await expect(page.getByText(/Deactivated on /)).toBeVisible();

  await memberPage.reload();
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await expect(memberPage.getByRole("heading", { level: 1, name: "Sign in to Socle" })).toBeVisible();
});

test("a coordinator gives a role and creates a password reset link that works once", async ({ page, browser }) => {
  await signInAsNew(page, { role: "coordinator" });
  const person = await createPerson(page.request, { role: "reviewer" });
  await page.goto(`/admin/users/${person.userId}`);
  await page.getByLabel("Role", { exact: true }).selectOption("working_group_member");
  await page.getByLabel("Country").selectOption({ label: "Burkina Faso" });
  await page.getByRole("button", { name: "Add the role" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Working group member · Burkina Faso" })).toBeVisible();

  await page.getByRole("button", { name: "Create a reset link" }).click();
  const link = await page.getByLabel("Password reset link").inputValue();
  const holder = await browser.newPage();
  await holder.goto(link);
  await expect(holder.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await holder.getByLabel("New password", { exact: true }).fill("another long passphrase");
  await holder.getByLabel("New password, again").fill("another long passphrase");
  await holder.getByRole("button", { name: "Save the new password" }).click();
  await expect(holder.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
  await signIn(holder, person.email, "another long passphrase");
  await holder.goto(link);
  await expect(holder.getByRole("heading", { level: 1, name: "This password reset link was already used" })).toBeVisible();
});

test("someone who is not a coordinator is refused the admin pages and a forged server action", async ({ page, browser, baseURL }) => {
  test.slow(); // two people, seven refused pages and two posts
  const coordinator = await browser.newPage();
  await signInAsNew(coordinator, { role: "coordinator" });
  const target = await createPerson(coordinator.request, { role: "reviewer" });
  await coordinator.goto(`/admin/users/${target.userId}`);
  // The deactivate form exactly as the coordinator's browser would post it without JavaScript.
  const fields: [string, string][] = await coordinator
    .locator("form", { has: coordinator.getByRole("button", { name: "Deactivate the account" }) })
    .evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)]));
  const post = (as: Page) => as.request.post(`/admin/users/${target.userId}`, { multipart: Object.fromEntries(fields), headers: { Origin: baseURL! } });

  await signInAsNew(page, { role: "working_group_member", countryCode: "BF" });
  for (const path of ["/admin/users", "/admin/users/invite", `/admin/users/${target.userId}`, "/admin/agencies", "/admin/agencies/new", "/admin/countries/new", "/admin/countries/BF"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  }

  await post(page);
  await coordinator.reload();
  await expect(coordinator.getByRole("button", { name: "Deactivate the account" })).toBeVisible();
  // The same request from the coordinator does deactivate: the refusal above was the permission, not the forgery.
  await post(coordinator);
  await coordinator.reload();
  await expect(coordinator.getByRole("button", { name: "Reactivate the account" })).toBeVisible();
});

test("a coordinator's country form fills names from the ISO code and refuses a code ISO does not assign", async ({ page }) => {
  await signInAsNew(page, { role: "coordinator" }, "/countries");
  await page.getByRole("link", { name: "Add a country" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a country" })).toBeVisible();
  await page.getByLabel("ISO 3166-1 code").fill("sn");
  await expect(page.getByLabel("Name in Français")).toHaveValue("Sénégal");
  await expect(page.getByLabel("Name in English")).toHaveValue("Senegal");
  await page.getByLabel("ISO 3166-1 code").fill("XK");
  await page.getByRole("button", { name: "Add the country" }).click();
  await expect(page.getByText("ISO 3166-1 has no country with this code.")).toBeVisible();
});

test("a coordinator adds an agency with its IATI identity and edits it", async ({ page }) => {
  await signInAsNew(page, { role: "coordinator" });
  await goThroughMenu(page, "Agencies", "Administration");
  await expect(page.getByRole("row", { name: /International Labour Organization/ })).toContainText("XM-DAC-41302");
  await page.getByRole("link", { name: "Add an agency" }).click();
  const acronym = `T${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Short name in English").fill(acronym);
  await page.getByLabel("Name in English", { exact: true }).fill(`Test Fund ${acronym}`);
  await page.getByLabel("IATI organisation identifier").fill("XM DAC");
  await page.getByRole("button", { name: "Add the agency" }).click();
  await expect(page.getByText("Enter an identifier such as XM-DAC-41302")).toBeVisible();
  await page.getByLabel("IATI organisation identifier").fill("XM-DAC-988");
  await page.getByLabel("IATI organisation type").selectOption("40");
  await page.getByRole("button", { name: "Add the agency" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agencies" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`Test Fund ${acronym}`) });
  await expect(row).toContainText("Multilateral");
  await row.getByRole("link", { name: `Edit Test Fund ${acronym}` }).click();
  await page.getByLabel("Name in Français", { exact: true }).fill(`Fonds test ${acronym}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agencies" })).toBeVisible();
});
