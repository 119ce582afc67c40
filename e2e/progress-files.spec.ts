/** Evidence files on a milestone: a disguised file, a future date and files beyond the form's limit, with and without JavaScript. */
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfOfSize, samplePdf, sampleExecutable } from "../lib/files/sample-files";
import { signInAsNew } from "./helpers/accounts";
import { fillMilestone, logMilestone, openStep } from "./helpers/progress";

// Benin's steps are the progress specs'; other specs only read Benin's page.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member logs a milestone with a PDF; a disguised file and a future date are refused with what was typed kept", async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
    await openStep(page, "Benin", "Identify the key national stakeholders");
    const form = await logMilestone(page, {
      title: "Stakeholder mapping workshop",
      occurredOn: "2999-01-01",
      files: { name: "list.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleExecutable()) },
    });
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
    const paths = await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const path = testInfo.outputPath(`annex-${index}.pdf`);
        await writeFile(path, pdfOfSize(10 * 1024 * 1024 - 100));
        return path;
      }),
    );
    await logMilestone(page, { title: "Costing report", occurredOn: "2024-04-02", files: paths });
    await expect(page.getByRole("alert").filter({ hasText: "larger than Socle accepts in one go" })).toBeVisible();
    await expect(page.getByTestId("milestone")).toHaveCount(0);
  });
});

test("with JavaScript, a file over 10 MB is refused before anything is sent", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BJ" });
  await openStep(page, "Benin", "Assess cost and impact, and identify financing");
  const form = await fillMilestone(page, {
    title: "Costing model",
    occurredOn: "2024-04-03",
    files: { name: "model.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfOfSize(11 * 1024 * 1024)) },
  });
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await form.getByRole("button", { name: "Log milestone" }).click();
  await expect(form.getByText("“model.pdf” is larger than 10 MB.")).toBeVisible();
  expect(posts).toEqual([]);
});
