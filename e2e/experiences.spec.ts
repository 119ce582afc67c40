/**
 * Experience write-ups from draft to audience (decision 2350): Botswana's working group writes a draft from its
 * step page, which an Algerian member neither finds in the list nor opens by its address; published to
 * everyone, the Algerian member finds it through the list's filters and on Algeria's own step page. Without
 * JavaScript, Viet Nam's group writes a draft, sees it apart in the list, and publishes it to the country only.
 * Countries of this spec: the write-ups of Botswana and Viet Nam (no other spec writes any).
 */
import { expect, type Page, test } from "@playwright/test";
import { createPerson, signIn, signInAsNew } from "./helpers/accounts";
import { openStep } from "./helpers/progress";

const stepSix = "Assess cost and impact, and identify financing";

async function writeDraft(page: Page, title: string, whatWasDone: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What was done").fill(whatWasDone);
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Saved as a draft. Only those who may write it see it until you publish it.")).toBeVisible();
}

test("a draft is kept to its working group; published to everyone, another country's member finds it through the list's filters", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Costing the child grant in Botswana ${Date.now()}`;
  const botswana = await browser.newPage();
  await signInAsNew(botswana, { role: "working_group_member", countryCode: "BW", name: "Kagiso Molefe" });
  await openStep(botswana, "Botswana", stepSix);
  await botswana.getByRole("link", { name: "Write up the experience of Botswana" }).click();
  await writeDraft(botswana, title, "The working group costed a universal child grant with the finance ministry.");
  await expect(botswana.getByText("This is a draft: only the working group of Botswana and coordinators see it.")).toBeVisible();
  const address = botswana.url().split("?")[0]!;

  const algeria = await browser.newPage();
  await signInAsNew(algeria, { role: "working_group_member", countryCode: "DZ", name: "Amina Benali" }, "/experiences");
  await expect(algeria.getByRole("heading", { level: 1, name: "Experience write-ups" })).toBeVisible();
  await expect(algeria.getByRole("main")).not.toContainText(title);
  expect((await algeria.goto(address))?.status()).toBe(404);

  // Published to everyone signed in.
  await botswana.reload();
  const publish = botswana.getByRole("region", { name: "Publish it" });
  await publish.getByRole("group", { name: "Who will see it once published" }).getByLabel("Everyone signed in to Socle").check();
  await publish.getByRole("button", { name: "Publish" }).click();
  await expect(botswana.getByText("The write-up is published.")).toBeVisible();
  await expect(botswana.getByText("Shared with all").first()).toBeVisible();
  await expect(botswana.getByRole("list", { name: "History" })).toContainText("Published — Shared with all");
  await botswana.close();

  // The Algerian member finds it by country, not in French, and on Algeria's own step page.
  await algeria.goto("/experiences");
  const filters = algeria.getByRole("form", { name: "Filter the write-ups" });
  await filters.getByLabel("Country", { exact: true }).selectOption({ label: "Botswana" });
  await filters.getByLabel("Key step", { exact: true }).selectOption({ label: `6. ${stepSix}` });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(algeria).toHaveURL(/country=BW/);
  const published = algeria.getByRole("list", { name: "Published" });
  await expect(published.getByTestId("experience-item").filter({ hasText: title })).toContainText("Botswana");
  await expect(algeria.getByRole("status").filter({ hasText: /of \d+ write-ups?/ })).toBeVisible();
  await algeria.getByRole("form", { name: "Filter the write-ups" }).getByLabel("Written in").selectOption("fr");
  await algeria.getByRole("form", { name: "Filter the write-ups" }).getByRole("button", { name: "Filter" }).click();
  await expect(algeria.getByText("No published write-up you may read matches these filters.")).toBeVisible();
  await algeria.getByRole("link", { name: "Show them all" }).click();
  await expect(algeria).toHaveURL(/\/experiences$/);
  await expect(algeria.getByLabel("Written in")).toHaveValue("");
  await algeria.goto("/experiences?country=BW");
  await algeria.getByRole("list", { name: "Published" }).getByRole("link", { name: title }).click();
  await expect(algeria.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(algeria.getByRole("region", { name: "Publish it" })).toHaveCount(0);

  await openStep(algeria, "Algeria", stepSix);
  await expect(algeria.getByRole("region", { name: "How other countries did it" }).getByTestId("experience").filter({ hasText: title })).toBeVisible();
  await algeria.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a working group writes a draft, finds it apart in the list, and publishes it to the country only", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const title = `Viet Nam's social budget review ${Date.now()}`;
    await signInAsNew(page, { role: "working_group_member", countryCode: "VN", name: "Nguyen Thi Lan" }, "/experiences/new?country=VN&step=costing_financing");
    // Refused without a title: the message, and what was typed kept.
    await page.getByLabel("What was done").fill("A review of social spending with the finance ministry.");
    await page.getByRole("button", { name: "Save as a draft" }).click();
    await expect(page.getByLabel("What was done")).toHaveValue("A review of social spending with the finance ministry.");
    await writeDraft(page, title, "A review of social spending with the finance ministry.");

    await page.goto("/experiences");
    const drafts = page.getByRole("region", { name: "Drafts (1)" });
    await expect(drafts.getByTestId("experience-item").filter({ hasText: title })).toContainText("Draft");
    await drafts.getByRole("link", { name: title }).click();

    const publish = page.getByRole("region", { name: "Publish it" });
    await publish.getByLabel("Only the working group of Viet Nam and coordinators").check();
    await publish.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("The write-up is published.")).toBeVisible();
    await expect(page.getByText("Country group only").first()).toBeVisible();

    // Kept to Viet Nam: a coordinator reads it, Lao PDR's member does not.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const other = await context.newPage();
    await signInAsNew(other, { role: "working_group_member", countryCode: "LA" }, "/experiences?country=VN");
    await expect(other.getByRole("main")).not.toContainText(title);
    const coordinator = await createPerson(other.request, { role: "coordinator" });
    await other.context().clearCookies();
    await signIn(other, coordinator.email, coordinator.password);
    await other.goto("/experiences?country=VN");
    await expect(other.getByRole("list", { name: "Published" }).getByRole("link", { name: title })).toBeVisible();
    await context.close();
  });
});
