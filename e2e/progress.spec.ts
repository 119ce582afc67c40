import { writeFile } from "node:fs/promises";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { pdfOfSize, samplePdf, sampleExecutable } from "../lib/files/sample-files";
import { signInAsNew } from "./fixtures";

/** Benin's steps are this spec's; other specs only read Benin's page. */
const stepTwo = "Set up the national SPF working group";

async function openStep(page: Page, countryName: string, stepTitle: string) {
  await page.goto("/countries");
  await page.getByRole("link", { name: countryName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: countryName })).toBeVisible();
  await page.getByRole("table", { name: "Key steps" }).getByRole("link", { name: stepTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(stepTitle) })).toBeVisible();
  return page.url().split("/steps/")[1]!;
}

/** The session may write through /api/v1 from our own origin only, as Socle's pages do. */
const sameOrigin = () => ({ origin: test.info().project.use.baseURL! });

/** Logs a milestone through the JSON API with the page's session, shared with all, as setup for tests about what others may do with it. */
async function logThroughApi(request: APIRequestContext, stepId: string, title: string) {
  const response = await request.post("/api/v1/countries/BJ/milestones", {
    headers: sameOrigin(),
    data: {
      countryStepId: stepId,
      title,
      occurredOn: "2024-02-01",
      sharingLevel: "all",
      evidenceSharingLevel: "all",
      links: [{ url: "https://example.org/minutes", title: "Minutes" }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

test("a member of Benin's working group logs a milestone with a link and a PDF on step 2, completes the step, and finds it in the timeline and history", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  await openStep(page, "Benin", stepTwo);

  // Completing needs evidence first: the server says so and nothing changes.
  const status = page.getByRole("region", { name: "Status" });
  await status.getByText("Complete this step").click();
  await status.getByLabel("Sign-off note").fill("Decree published");
  await page.getByRole("button", { name: "Complete the step" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "needs at least one piece of evidence" })).toBeVisible();

  const form = page.getByRole("form", { name: "Log a milestone" });
  await form.getByLabel("What happened").fill("Decree setting up the working group signed");
  await form.getByLabel("Date it happened").fill("2024-03-14");
  await form.getByLabel("Description").fill("Signed by the Minister of Labour.");
  await form.getByLabel("Link 1: title").fill("Decree on the ministry site");
  await form.getByLabel("Link 1: web address").fill("https://www.social.gouv.bj/decret-2024");
  await form.getByLabel("Files").setInputFiles({ name: "decret.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) });

  // Hold the save for a moment: the milestone shows at once, marked as being saved.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/steps\//, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await form.getByRole("button", { name: "Log milestone" }).click();
  const pending = page.getByTestId("pending-milestone");
  await expect(pending).toContainText("Decree setting up the working group signed");
  await expect(pending).toContainText("Saving…");
  release();

  const milestone = page.getByTestId("milestone").filter({ hasText: "Decree setting up the working group signed" });
  await expect(milestone).toBeVisible();
  await expect(pending).toHaveCount(0);
  await expect(milestone.getByRole("link", { name: "Decree on the ministry site" })).toHaveAttribute("href", "https://www.social.gouv.bj/decret-2024");
  await expect(form.getByLabel("What happened")).toHaveValue("");

  // The file downloads as an attachment with the type found in its bytes.
  const fileHref = await milestone.getByRole("link", { name: "decret.pdf" }).getAttribute("href");
  const download = await page.request.get(fileHref!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await download.body(), Buffer.from(samplePdf()))).toBe(0);

  // The form stayed open with the refusal; the note is still there to change.
  await status.getByLabel("Sign-off note").fill("Decree published in the official journal");
  await page.getByRole("button", { name: "Complete the step" }).click();
  await expect(status).toContainText("Completed");
  await expect(page.getByTestId("sign-off")).toContainText("Signed off by Adjoa Mensah");

  const history = page.getByRole("list", { name: "Changes, newest first" });
  await expect(history.getByTestId("history-entry").first()).toContainText("Adjoa Mensah · changed the step's status");
  await expect(history.getByTestId("history-entry").first()).toContainText(/Not started.*Completed/);
  await expect(history).toContainText("logged the milestone “Decree setting up the working group signed”");

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Benin" }).click();
  await expect(page.getByRole("table", { name: "Key steps" }).getByRole("row", { name: new RegExp(stepTwo) })).toContainText("Completed");
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Timeline of Benin" })).toBeVisible();
  const entries = page.getByTestId("timeline-entry");
  await expect(entries.filter({ hasText: "Decree setting up the working group signed" })).toContainText("Adjoa Mensah");
  await expect(entries.filter({ hasText: "Not started → Completed" })).toContainText(stepTwo);
  await expect(entries.filter({ hasText: "“decret.pdf” added by Adjoa Mensah" })).toHaveCount(1);
});

test("a member of Togo's group sees Benin's milestones but cannot change them, and a forged request is refused", async ({ page, browser }) => {
  const benin = await browser.newPage();
  await signInAsNew(benin, { role: "working_group_member", countryCode: "BJ" });
  const stepId = await openStep(benin, "Benin", "Raise awareness and build political will");
  await logThroughApi(benin.request, stepId, "National forum on social protection");
  await benin.close();

  await signInAsNew(page, { role: "working_group_member", countryCode: "TG" });
  await openStep(page, "Benin", "Raise awareness and build political will");
  const milestone = page.getByTestId("milestone").filter({ hasText: "National forum on social protection" });
  await expect(milestone).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a milestone" })).toHaveCount(0);
  await expect(milestone.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expect(page.getByText("Mark as in progress")).toHaveCount(0);
  await milestone.getByRole("link", { name: "National forum on social protection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "National forum on social protection" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Edit the milestone" })).toHaveCount(0);

  const forged = await page.request.post("/api/v1/countries/BJ/milestones", {
    headers: sameOrigin(),
    data: { countryStepId: stepId, title: "Written by Togo", occurredOn: "2024-02-02" },
  });
  expect(forged.status()).toBe(403);
  await page.goto(`/countries/BJ/steps/${stepId}`);
  await expect(page.getByTestId("milestone").filter({ hasText: "National forum on social protection" })).toBeVisible();
  await expect(page.getByText("Written by Togo")).toHaveCount(0);
});

test("a reviewer reads Benin's step with its evidence, and has nothing to edit", async ({ page, browser }) => {
  const benin = await browser.newPage();
  await signInAsNew(benin, { role: "working_group_member", countryCode: "BJ" });
  const stepId = await openStep(benin, "Benin", "Identify viable policy options");
  await logThroughApi(benin.request, stepId, "Options paper validated");
  await benin.close();

  await signInAsNew(page, { role: "reviewer" });
  await page.goto(`/countries/BJ/steps/${stepId}`);
  const milestone = page.getByTestId("milestone").filter({ hasText: "Options paper validated" });
  await expect(milestone.getByRole("link", { name: "Minutes" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a milestone" })).toHaveCount(0);
  // Only the app shell's own buttons and the review's comment: a reviewer comments, and does not edit.
  await expect(page.getByRole("button")).toHaveText(["Change", "Sign out", "Comment"]);
  await expect(page.getByRole("list", { name: "Changes, newest first" })).toContainText("logged the milestone “Options paper validated”");
});

test("two people editing the same milestone: the second save is refused and shows the newer version, keeping what was typed", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
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
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
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
  const first = await (await browser.newContext()).newPage();
  // Without the service worker, which would fetch the scripts where page.route cannot see them.
  const second = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
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

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member logs a milestone with a PDF; a disguised file and a future date are refused with what was typed kept", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
    await openStep(page, "Benin", "Identify the key national stakeholders");
    const form = page.getByRole("form", { name: "Log a milestone" });

    await form.getByLabel("What happened").fill("Stakeholder mapping workshop");
    await form.getByLabel("Date it happened").fill("2999-01-01");
    await form.getByLabel("Files").setInputFiles({ name: "list.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleExecutable()) });
    await form.getByRole("button", { name: "Log milestone" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
    await expect(page.getByText("This date is in the future.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Log a milestone" }).getByLabel("What happened")).toHaveValue("Stakeholder mapping workshop");

    await form.getByLabel("Date it happened").fill("2024-01-20");
    await form.getByLabel("Files").setInputFiles({ name: "list.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleExecutable()) });
    await form.getByRole("button", { name: "Log milestone" }).click();
    await expect(page.getByText("“list.pdf” is not a PDF, Word, Excel or PowerPoint document or a picture")).toBeVisible();
    await expect(page.getByTestId("milestone")).toHaveCount(0);

    await form.getByLabel("Files").setInputFiles({ name: "list.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) });
    await form.getByRole("button", { name: "Log milestone" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The milestone was logged." })).toBeVisible();
    const milestone = page.getByTestId("milestone").filter({ hasText: "Stakeholder mapping workshop" });
    await expect(milestone.getByRole("link", { name: "list.pdf" })).toBeVisible();
  });

  test("files beyond what one form may send bring the page back with a message", async ({ page }, testInfo) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
    await openStep(page, "Benin", "Assess cost and impact, and identify financing");
    const form = page.getByRole("form", { name: "Log a milestone" });
    await form.getByLabel("What happened").fill("Costing report");
    await form.getByLabel("Date it happened").fill("2024-04-02");
    const paths = await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const path = testInfo.outputPath(`annex-${index}.pdf`);
        await writeFile(path, pdfOfSize(10 * 1024 * 1024 - 100));
        return path;
      }),
    );
    await form.getByLabel("Files").setInputFiles(paths);
    await form.getByRole("button", { name: "Log milestone" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "larger than Socle accepts in one go" })).toBeVisible();
    await expect(page.getByTestId("milestone")).toHaveCount(0);
  });
});

test("with JavaScript, a file over 10 MB is refused before anything is sent", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
  await openStep(page, "Benin", "Assess cost and impact, and identify financing");
  const form = page.getByRole("form", { name: "Log a milestone" });
  await form.getByLabel("What happened").fill("Costing model");
  await form.getByLabel("Date it happened").fill("2024-04-03");
  await form.getByLabel("Files").setInputFiles({ name: "model.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfOfSize(11 * 1024 * 1024)) });
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await form.getByRole("button", { name: "Log milestone" }).click();
  await expect(form.getByText("“model.pdf” is larger than 10 MB.")).toBeVisible();
  expect(posts).toEqual([]);
});
