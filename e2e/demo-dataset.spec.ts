/**
 * The demonstration dataset in the browser: loaded into the test server (as `npm run db:seed -- --demo` would),
 * every page of every role answers 200 with it, without the error page, passes axe, and says it shows
 * demonstration data; so does the sign-in page, in each language. Runs last, alone (its own project in
 * playwright.config.ts): the other specs expect the empty start they were written for.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createPerson, signIn } from "./helpers/accounts";
import { pagesFor, type Visitor, visitors } from "./helpers/pages";

/** The pages `pagesFor` lists for a role that may not open them: a 403 page is their right answer. */
const refusals: Record<Visitor["role"], string[]> = {
  coordinator: [],
  working_group_member: ["/reports"],
  agency_adviser: ["/reports"],
  reviewer: ["/admin/users"],
};

const banner = { en: "Demonstration data", fr: "Données de démonstration", es: "Datos de demostración", pt: "Dados de demonstração" };

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("the demonstration dataset", () => {
  // Once per worker (the project has one); made again, the same dataset, if a failed test restarts the worker.
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    const response = await request.post("/api/test-support/demo-dataset", { timeout: 280_000 });
    expect(response.status(), await response.text()).toBe(201);
    expect((await response.json()).milestones).toBeGreaterThan(100);
  });

  test("the sign-in page says so, in each language", async ({ browser, baseURL }) => {
    for (const [locale, words] of Object.entries(banner)) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "socle-locale", value: locale, url: baseURL! }]);
      const page = await context.newPage();
      await page.goto("/sign-in");
      await expect(page.getByRole("note")).toContainText(words);
      await context.close();
    }
  });

  for (const visitor of visitors) {
    test(`every page of the ${visitor.role} role renders it, and says it is demonstration data`, async ({ page }) => {
      test.setTimeout(600_000);
      const person = await createPerson(page.request, visitor);
      await signIn(page, person.email, person.password);
      // The dataset's own records too: a milestone, a support entry, and a training, as their lists link to them.
      const detail = async (list: string, selector: string) => {
        await page.goto(list);
        return page.locator(selector).first().getAttribute("href");
      };
      const pages = [
        ...(await pagesFor(page, visitor)),
        (await detail("/countries/BJ/timeline", 'main a[href*="/milestones/"]'))!,
        (await detail("/countries/MZ/support", 'main a[href^="/support/"]:not([href^="/support/new"]):not([href^="/support/import"])'))!,
        "/countries/MZ",
        "/countries/HT/support",
        "/trainings",
      ];
      const problems: string[] = [];
      for (const path of pages) {
        const response = await page.goto(path);
        const status = response?.status();
        // The walk includes pages a role may not open, to check their refusal page; everything else must render.
        const refused = refusals[visitor.role].includes(path);
        if (status !== (refused ? 403 : 200)) problems.push(`${path}: ${status}`);
        if (await page.getByRole("heading", { name: "Something went wrong" }).count()) problems.push(`${path}: the error page`);
        if (!refused && (await page.locator("[data-demo-banner]").innerText()).indexOf(banner.en) !== 0) problems.push(`${path}: no banner`);
        for (const violation of await seriousViolations(page)) problems.push(`${path}: ${violation}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
