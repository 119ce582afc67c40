/** Progress in the browser tests: opening a country's key step as a person would, and logging a milestone on it. */
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";

/** From the countries list to one country's step; returns the step's id (the last part of its address). */
export async function openStep(page: Page, countryName: string, stepTitle: string): Promise<string> {
  await page.goto("/countries");
  await page.getByRole("link", { name: countryName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: countryName })).toBeVisible();
  await page.getByRole("table", { name: "Key steps" }).getByRole("link", { name: stepTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(stepTitle) })).toBeVisible();
  return page.url().split("/steps/")[1]!;
}

export type MilestoneFields = {
  title: string;
  occurredOn: string;
  description?: string;
  link?: { title: string; url: string };
  /** Shared with all Socle users, milestone and evidence, instead of the default kept to the country. */
  shared?: boolean;
  files?: Parameters<Locator["setInputFiles"]>[0];
  status?: string;
};

/** Fills the open step's "Log a milestone" form, without sending it; returns the form. */
export async function fillMilestone(page: Page, fields: MilestoneFields): Promise<Locator> {
  const form = page.getByRole("form", { name: "Log a milestone" });
  await form.getByLabel("What happened").fill(fields.title);
  await form.getByLabel("Date it happened").fill(fields.occurredOn);
  if (fields.description) await form.getByLabel("Description").fill(fields.description);
  if (fields.link) {
    await form.getByLabel("Link 1: title").fill(fields.link.title);
    await form.getByLabel("Link 1: web address").fill(fields.link.url);
  }
  if (fields.shared) {
    await form.getByRole("group", { name: "Who may see this milestone" }).getByLabel("All Socle users").check();
    await form.getByRole("group", { name: "Who may see this evidence" }).getByLabel("All Socle users").check();
  }
  if (fields.files) await form.getByLabel("Files").setInputFiles(fields.files);
  if (fields.status) await form.getByLabel("Step status").selectOption({ label: fields.status });
  return form;
}

/** Fills the open step's "Log a milestone" form and sends it; the caller checks what the page shows next. */
export async function logMilestone(page: Page, fields: MilestoneFields): Promise<Locator> {
  const form = await fillMilestone(page, fields);
  await form.getByRole("button", { name: "Log milestone" }).click();
  return form;
}

/** The session may write through /api/v1 from our own origin only, as Socle's pages do. */
export const sameOrigin = () => ({ origin: test.info().project.use.baseURL! });

/**
 * Logs a milestone on Benin's step through the JSON API with the page's session, shared with all: set-up for
 * tests about what others may do with it. `fields` replace the date or the link.
 */
export async function logThroughApi(request: APIRequestContext, stepId: string, title: string, fields: { occurredOn?: string; links?: { url: string; title: string }[] } = {}): Promise<string> {
  const response = await request.post("/api/v1/countries/BJ/milestones", {
    headers: sameOrigin(),
    data: {
      countryStepId: stepId,
      title,
      occurredOn: "2024-02-01",
      sharingLevel: "all",
      evidenceSharingLevel: "all",
      links: [{ url: "https://example.org/minutes", title: "Minutes" }],
      ...fields,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}
