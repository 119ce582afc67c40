/** Logging progress on Benin's steps: a member's whole journey, and what a member of another country and a reviewer may not change. */
import { expect, test } from "@playwright/test";
import { samplePdf } from "../lib/files/sample-files";
import { signInAsNew } from "./helpers/accounts";
import { fillMilestone, logThroughApi, openStep, sameOrigin } from "./helpers/progress";

/** Benin's steps are the progress specs'; other specs only read Benin's page. */
const stepTwo = "Set up the national SPF working group";

test("a member of Benin's working group logs a milestone with a link and a PDF on step 2, completes the step, and finds it in the timeline and history", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  await openStep(page, "Benin", stepTwo);

  // Completing needs evidence first: the server says so and nothing changes.
  const status = page.getByRole("region", { name: "Status" });
  await status.getByText("Complete this step").click();
  await status.getByLabel("Sign-off note").fill("Decree published");
  await page.getByRole("button", { name: "Complete the step" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "needs at least one piece of evidence" })).toBeVisible();

  const form = await fillMilestone(page, {
    title: "Decree setting up the working group signed",
    occurredOn: "2024-03-14",
    description: "Signed by the Minister of Labour.",
    link: { title: "Decree on the ministry site", url: "https://www.social.gouv.bj/decret-2024" },
    files: { name: "decret.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) },
  });

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

  await signInAsNew(page, { role: "reviewer" }, `/countries/BJ/steps/${stepId}`);
  const milestone = page.getByTestId("milestone").filter({ hasText: "Options paper validated" });
  await expect(milestone.getByRole("link", { name: "Minutes" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a milestone" })).toHaveCount(0);
  // Only the app shell's own buttons and the review's comment: a reviewer comments, and does not edit.
  await expect(page.getByRole("button")).toHaveText(["Change", "Sign out", "Comment"]);
  await expect(page.getByRole("list", { name: "Changes, newest first" })).toContainText("logged the milestone “Options paper validated”");
});
