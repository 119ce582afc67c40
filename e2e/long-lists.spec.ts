/**
 * Issue 23: a step edited many times shows its history a page at a time, with counts and plain links that
 * work without JavaScript. Country of this spec: the Philippines' step "Assess cost and impact".
 */
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { createPerson, signIn } from "./helpers/accounts";

const logged = 25;

/** Logs `logged` milestones on the step through the JSON API, as the member's session. */
async function logMany(request: APIRequestContext, origin: string): Promise<string> {
  const { data: steps } = await (await request.get("/api/v1/countries/PH/steps")).json();
  const step = (steps as Array<{ id: string; key: string }>).find((candidate) => candidate.key === "costing_financing")!;
  for (let index = 1; index <= logged; index++) {
    const response = await request.post("/api/v1/countries/PH/milestones", {
      headers: { origin },
      data: { countryStepId: step.id, title: `Costing meeting ${index}`, occurredOn: `2023-03-${String(index).padStart(2, "0")}` },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  return step.id;
}

async function expectHistoryPage(page: Page, showing: string, first: string, count: number) {
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("navigation", { name: "Pages of the history" })).toContainText(showing);
  await expect(history.getByTestId("history-entry")).toHaveCount(count);
  await expect(history.getByTestId("history-entry").first()).toContainText(first);
}

test("a step's history shows 20 entries at a time, with counts and links to older and newer ones, also without JavaScript", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const setup = await browser.newContext();
  const person = await createPerson(setup.request, { role: "working_group_member", countryCode: "PH", name: "Maria Santos" });
  const setupPage = await setup.newPage();
  await signIn(setupPage, person.email, person.password);
  const stepId = await logMany(setupPage.request, baseURL!);
  await setup.close();

  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, person.email, person.password);
    await page.goto(`/countries/PH/steps/${stepId}`);
    await expectHistoryPage(page, "Showing 1–20 of 25", `Costing meeting ${logged}`, 20);

    const pages = page.getByRole("navigation", { name: "Pages of the history" });
    await pages.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/\?history=2#step-history$/);
    await expectHistoryPage(page, "Showing 21–25 of 25", "Costing meeting 5", 5);
    await expect(pages.getByRole("link", { name: "Older" })).toHaveCount(0);

    await pages.getByRole("link", { name: "Newer" }).click();
    await expectHistoryPage(page, "Showing 1–20 of 25", `Costing meeting ${logged}`, 20);

    // A page number typed by hand past the end shows the last page; one that is no page number, the first.
    await page.goto(`/countries/PH/steps/${stepId}?history=400`);
    await expectHistoryPage(page, "Showing 21–25 of 25", "Costing meeting 5", 5);
    await page.goto(`/countries/PH/steps/${stepId}?history=${"9".repeat(40)}`);
    await expectHistoryPage(page, "Showing 1–20 of 25", `Costing meeting ${logged}`, 20);
    await context.close();
  }
});
