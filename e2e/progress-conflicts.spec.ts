/** Two people changing the same record: the second save is refused with the newer version, and saving again replaces it. */
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { logThroughApi, openStep } from "./helpers/progress";

// Benin's steps are the progress specs'; other specs only read Benin's page. Ghana's steps are this spec's.

test("two people editing the same milestone: the second save is refused and shows the newer version, keeping what was typed", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signInAsNew(first, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  await signInAsNew(second, { role: "working_group_member", countryCode: "BJ", name: "Codjo Houngbo" });
  const stepId = await openStep(first, "Benin", "Put monitoring, evaluation and reporting in place");
  const milestoneId = await logThroughApi(first.request, stepId, "Monitoring committee appointed");

  for (const page of [first, second]) await page.goto(`/countries/BJ/milestones/${milestoneId}`);
  await first.getByLabel("What happened").fill("Monitoring committee appointed by decree");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();

  await second.getByLabel("What happened").fill("Monitoring committee installed");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else saved a newer version" })).toBeVisible();
  const notice = second.getByTestId("conflict-notice");
  await expect(notice).toContainText("Adjoa Mensah saved this version");
  await expect(notice).toContainText("Monitoring committee appointed by decree");
  await expect(second.getByLabel("What happened")).toHaveValue("Monitoring committee installed");

  // Having seen theirs, saving again replaces it knowingly.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();
  await expect(second.getByRole("heading", { level: 1, name: "Monitoring committee installed" })).toBeVisible();
});

test("two people rewording the same national step: the second save shows the newer wording, and saving again replaces it", async ({ browser }) => {
  // On Ghana: a national step added to Benin would change what other specs read of its steps.
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signInAsNew(first, { role: "working_group_member", countryCode: "GH", name: "Ama Owusu" });
  await signInAsNew(second, { role: "working_group_member", countryCode: "GH", name: "Kofi Boateng" });
  const title = `District consultations ${Date.now().toString(36)}`;
  await first.goto("/countries/GH");
  const adding = first.locator("details").filter({ hasText: "Add a national step" });
  await adding.locator("summary").click();
  await adding.getByLabel("Title").fill(title);
  await adding.getByRole("button", { name: "Add a national step" }).click();
  await expect(first.getByRole("status").filter({ hasText: "The national step was added." })).toBeVisible();
  const stepId = await openStep(first, "Ghana", title);

  await second.goto(`/countries/GH/steps/${stepId}`);
  const wording = (page: Page) => page.getByRole("region", { name: "National step" });
  // The rewording form loads lazily: each save must go through it in the browser, not as a plain post.
  const save = async (page: Page) => {
    const sent = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
    await wording(page).getByRole("button", { name: "Save the national step" }).click();
    await sent;
  };
  await wording(first).getByLabel("Title").fill(`${title}, first wording`);
  await save(first);
  await expect(first.getByRole("status").filter({ hasText: "The national step was saved." })).toBeVisible();

  await wording(second).getByLabel("Description").fill("Held in every region");
  await save(second);
  await expect(second.getByRole("alert").filter({ hasText: "Someone else saved a newer version" })).toBeVisible();
  const notice = second.getByTestId("conflict-notice");
  await expect(notice).toContainText("Ama Owusu saved this version");
  await expect(notice).toContainText(`${title}, first wording`);
  await expect(wording(second).getByLabel("Description")).toHaveValue("Held in every region");

  // Having seen theirs, saving again replaces it knowingly: the form now carries the newer version.
  await save(second);
  await expect(second.getByRole("status").filter({ hasText: "The national step was saved." })).toBeVisible();
  await second.reload();
  await expect(second.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(second.getByRole("heading", { level: 1 })).not.toContainText("first wording");
  await expect(wording(second).getByLabel("Description")).toHaveValue("Held in every region");
});

test("if a conflict's details cannot load, the notice says to reload before saving again", async ({ browser }) => {
  const first = await browser.newPage();
  // Without the service worker, which would fetch the scripts where page.route cannot see them.
  const second = await browser.newPage({ serviceWorkers: "block" });
  await signInAsNew(first, { role: "working_group_member", countryCode: "GH" });
  await signInAsNew(second, { role: "working_group_member", countryCode: "GH" });
  const stepId = await openStep(first, "Ghana", "Identify the key national stakeholders");
  await second.goto(`/countries/GH/steps/${stepId}`, { waitUntil: "networkidle" });
  // Scripts stop coming once the page has loaded: the details, loaded only on a conflict, cannot.
  await second.route("**/_next/static/chunks/**", (route) => route.abort());

  await first.getByRole("button", { name: "Mark as in progress" }).click();
  await expect(first.getByRole("button", { name: "Mark as in progress" })).toHaveCount(0);
  await second.getByText("Mark as not applicable").click();
  await second.getByLabel("Why it does not apply to this country").fill("Covered by the regional programme");
  await second.getByRole("button", { name: "Mark not applicable" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else saved a newer version" })).toBeVisible();
  await expect(second.getByLabel("Why it does not apply to this country")).toHaveValue("Covered by the regional programme");
  await expect(second.getByTestId("conflict-notice")).toHaveText("Their version could not be loaded. Reload the page to see it before you save again.");
});
