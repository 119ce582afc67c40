import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { logMilestone, openStep } from "./helpers/progress";

// Rwanda is this spec's country: other specs leave its steps and needs alone. Each test that needs an empty step adds
// a national step of its own.

/** Adds a national step to Rwanda as the signed-in member, as a person would, and opens it; returns its address. */
async function newNationalStep(page: Page, title: string): Promise<string> {
  await page.goto("/countries/RW");
  await page.locator("summary", { hasText: "Add a national step" }).click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Add a national step" }).click();
  // Without JavaScript the page comes back with the form folded away again: the new step in the table is the proof.
  await page.getByRole("table", { name: "Key steps" }).getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  return new URL(page.url()).pathname;
}

const milestones = (page: Page) => page.getByRole("region", { name: "Milestones", exact: true });

test("a step with no milestones asks only its working group to log the first one; others read that none is shared with them", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "RW" });
  const path = await newNationalStep(member, `Review of community health insurance ${Date.now()}`);
  await expect(milestones(member)).toContainText("No milestones on this step yet. Log the first one when something happens");

  const reviewer = await browser.newPage();
  await signInAsNew(reviewer, { role: "reviewer" });
  const togo = await browser.newPage();
  await signInAsNew(togo, { role: "working_group_member", countryCode: "TG" });
  for (const reader of [reviewer, togo]) {
    await reader.goto(path);
    await expect(milestones(reader)).toContainText("No milestones of this step are shared with you. A working group may keep its milestones to itself");
    await expect(milestones(reader)).not.toContainText("Log the first one");
  }

  // A milestone kept to the working group: outsiders read the same sentence, which never says whether one exists.
  await logMilestone(member, { title: "Review committee appointed", occurredOn: "2025-06-02", link: { title: "Appointment letter", url: "https://example.org/rw-committee" } });
  await expect(member.getByTestId("milestone").filter({ hasText: "Review committee appointed" })).toBeVisible();
  await member.reload();
  await expect(member.getByTestId("step-evidence")).toHaveText("Evidence so far: 1 piece.");
  await reviewer.reload();
  await expect(milestones(reviewer)).toContainText("No milestones of this step are shared with you.");
  await expect(reviewer.getByTestId("step-evidence")).toHaveText("Evidence shared with you: 0 pieces.");
});

test("a step that needs evidence says so while it is open and has none; once completed it says what evidence it holds", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "RW" });
  await openStep(page, "Rwanda", "Set up the national SPF working group");
  const evidence = page.getByTestId("step-evidence");
  await expect(evidence).toHaveText("Evidence so far: 0 pieces. It needs at least one piece of evidence before it can be completed.");

  await logMilestone(page, { title: "Working group set up by decree", occurredOn: "2025-03-14", link: { title: "Decree", url: "https://example.org/rw-decree" } });
  await expect(page.getByTestId("milestone").filter({ hasText: "Working group set up by decree" })).toBeVisible();
  await page.reload();
  await expect(evidence).toHaveText("Evidence so far: 1 piece.");

  const status = page.getByRole("region", { name: "Status" });
  await status.getByText("Complete this step").click();
  await status.getByLabel("Sign-off note").fill("Decree published in the official gazette");
  await status.getByRole("button", { name: "Complete the step" }).click();
  await expect(status).toContainText("Completed");
  await expect(evidence).toHaveText("Evidence: 1 piece.");

  // The workspace says a step needs evidence only while it is open and has none.
  await page.goto("/countries/RW");
  const steps = page.getByRole("table", { name: "Key steps" });
  await expect(steps.getByRole("row", { name: /Set up the national SPF working group/ })).not.toContainText("Needs evidence to complete");
  await expect(steps.getByRole("row", { name: /Map the present situation/ })).toContainText("Needs evidence to complete");
});

test("a member records a need from the step's page, a refusal names its field and keeps what was typed, and a reviewer has no such form", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "RW" });
  const path = await newNationalStep(member, `Registry of informal workers ${Date.now()}`);
  const form = member.getByRole("region", { name: "Record a need for this step" });
  await expect(form.getByLabel("Technical")).toBeChecked();
  await form.getByLabel("What exactly is needed").fill("Design of a social registry for informal workers");
  await form.getByRole("button", { name: "Record the need" }).click();
  await expect(form.getByRole("alert")).toContainText("Category: This field is required.");
  await expect(form.getByLabel("What exactly is needed"), "what was typed stays").toHaveValue("Design of a social registry for informal workers");

  await form.getByLabel("Category").selectOption("policy_legal_design");
  await form.getByLabel("Priority").selectOption("high");
  await form.getByRole("button", { name: "Record the need" }).click();
  await expect(form.getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
  const support = member.getByRole("region", { name: "Support for this step" });
  await expect(support).toContainText("Design of a social registry for informal workers");
  await expect(support).not.toContainText("The working group has recorded no need for this step.");

  const reviewer = await browser.newPage();
  await signInAsNew(reviewer, { role: "reviewer" }, path);
  await expect(reviewer.getByRole("region", { name: "Support for this step" })).toContainText("Design of a social registry for informal workers");
  await expect(reviewer.getByRole("region", { name: "Record a need for this step" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member records a funding need from the step's page; a refusal names its field", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "RW" });
    await newNationalStep(page, `Cash transfer pilot ${Date.now()}`);
    const form = () => page.getByRole("region", { name: "Record a need for this step" });
    await form().getByLabel("Funding").check();
    await form().getByLabel("Estimated amount").fill("25000");
    await form().getByLabel("What exactly is needed").fill("Funds for a cash transfer pilot in two districts");
    await form().getByRole("button", { name: "Record the need" }).click();
    await expect(form().getByRole("alert")).toContainText("Currency: This field is required.");

    await form().getByLabel("Funding").check();
    await form().getByLabel("Estimated amount").fill("25 000");
    await form().getByLabel("Currency").fill("usd");
    await form().getByLabel("What exactly is needed").fill("Funds for a cash transfer pilot in two districts");
    await form().getByRole("button", { name: "Record the need" }).click();
    await expect(form().getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
    const support = page.getByRole("region", { name: "Support for this step" });
    await expect(support).toContainText("Funds for a cash transfer pilot in two districts");
    await expect(support).toContainText(/USD\s25,000\.00/);
  });
});
