/**
 * The demonstration dataset in the browser: loaded into a test server of its own (as a new installation loads it on
 * start; playwright.config.ts), every page of every role answers 200 with it, without the error page, passes axe
 * with every rule (colour contrast once per page) and says it shows demonstration data; so do the sign-in page, in
 * each language, and the pages a one-time link opens. Each role walks its pages in French, Spanish and Portuguese in
 * turn, each role from another of them, so that a page several roles open is checked in several: the words the other
 * languages put in the same components are checked here, with real data in them, and English on the empty start
 * (e2e/accessibility.spec.ts, every page in English). Its server is its own: the other specs expect the empty start
 * they were written for.
 */
import { expect, test } from "@playwright/test";
import en from "../lib/i18n/messages/en.json" with { type: "json" };
import es from "../lib/i18n/messages/es.json" with { type: "json" };
import fr from "../lib/i18n/messages/fr.json" with { type: "json" };
import pt from "../lib/i18n/messages/pt.json" with { type: "json" };
import { createPerson, signIn } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { pagesFor, type Visitor, visitors } from "./helpers/pages";

/** The pages `pagesFor` lists for a role that may not open them: a 403 page is their right answer. */
const refusals: Record<Visitor["role"], string[]> = {
  coordinator: [],
  working_group_member: ["/reports", "/settings/webhooks"],
  agency_adviser: ["/reports"],
  reviewer: ["/admin/users", "/countries/RW/publication", "/settings/webhooks"],
};

const coordinator = visitors.find((visitor) => visitor.role === "coordinator")!;

const catalogues = { en, fr, es, pt };
const banner = Object.fromEntries(Object.entries(catalogues).map(([locale, messages]) => [locale, messages.demo.bannerTitle])) as Record<keyof typeof catalogues, string>;
/** The languages the walks check each role's pages in, in turn. */
const walkLocales = ["fr", "es", "pt"] as const;

test.describe("the demonstration dataset", () => {
  // The walks only read, so they share the workers. Each worker asks for the dataset; the first loads it, the others
  // wait for that load under its lock and find it there.
  test.describe.configure({ mode: "parallel" });

  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    const response = await request.post("/api/test-support/demo-dataset?ifNew=1", { timeout: 280_000 });
    expect([200, 201], await response.text()).toContain(response.status());
    if (response.status() === 201) expect((await response.json()).milestones).toBeGreaterThan(100);
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

  test("so do the pages a one-time link opens", async ({ page }) => {
    for (const path of ["/invitation/no-such-link", "/password-reset/no-such-link"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("note"), path).toContainText(banner.en);
    }
  });

  // Decision 2110: the demo's rates (fx-rates' chapter) convert Mozambique's support into USD beside its currencies.
  test("Mozambique's support page shows its totals in USD with the rates used", async ({ page }) => {
    const person = await createPerson(page.request, coordinator);
    await signIn(page, person.email, person.password);
    await page.goto("/countries/MZ/support");
    await expect(page.getByRole("table", { name: "Totals per currency" })).toBeVisible();
    const converted = page.getByRole("table", { name: "In USD" });
    await expect(converted.getByRole("row", { name: /In USD/ })).toContainText(/USD\s[\d,]+\.\d\d/);
    // Each converted figure's rates are written under it: "1 USD = 63.9 MZN · … · source".
    await expect(page.getByText(/Rates used:/).first()).toBeVisible();
    await expect(page.getByText(/1 USD = [\d.,]+ [A-Z]{3} · /).first()).toBeVisible();
    // The demo's pass-through: the first partner's part of the World Bank's money, counted once.
    await expect(page.getByText(/entry passed on from another member is left out/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "How Socle counts funding" }).first()).toBeVisible();
    // The step under way holds a partner's twelve sessions and more: the page lists its latest ten, and links to all.
    const latest = page.getByText(/^The latest 10 of \d+ support entries, by start date\./);
    await expect(latest).toHaveCount(1);
    await expect(latest.getByRole("link", { name: /^All \d+ on the step's page$/ })).toBeVisible();
  });

  for (const [order, visitor] of visitors.entries()) {
    test(`every page of the ${visitor.role} role renders it, and says it is demonstration data`, async ({ page, baseURL }) => {
      test.setTimeout(600_000);
      const person = await createPerson(page.request, visitor);
      await signIn(page, person.email, person.password);
      // The dataset's own records too: a milestone, a support entry, a scheme of an inventory, a matrix's item, as their lists link to them.
      const detail = async (list: string, selector: string) => {
        await page.goto(list);
        // A list without such a link fails here, saying which, rather than waiting out the test.
        return page.locator(selector).first().getAttribute("href", { timeout: 10_000 });
      };
      const rolePages = await pagesFor(page, visitor);
      const dataPages = [
        (await detail("/countries/BJ/timeline", 'main a[href*="/milestones/"]'))!,
        (await detail("/countries/MZ/support", 'main a[href^="/support/"]:not([href^="/support/new"]):not([href^="/support/import"])'))!,
        "/countries/MZ",
        "/countries/MZ/schemes",
        (await detail("/countries/MZ/schemes", 'main a[href^="/countries/MZ/schemes/"]:not([href$="/new"])'))!,
        "/countries/HT/support",
        // The matrices: Mozambique's shared and endorsed (a version, an item with its review), Benin's kept to its group.
        "/countries/MZ/assessment",
        "/countries/MZ/assessment/versions/1",
        (await detail("/countries/MZ/assessment", 'main a[href*="/assessment/items/"]:not([href*="/items/new"])'))!,
        // Mozambique's costing: validated once and changed since, a scenario, a package with its chart and needs.
        "/countries/MZ/costing",
        "/countries/MZ/costing/versions/1",
        "/countries/MZ/costing/compare",
        "/countries/MZ/costing/population",
        (await detail("/countries/MZ/costing", 'main a[href*="/costing/scenarios/"]:not([href$="/new"])'))!,
        (await detail("/countries/MZ/costing", 'main a[href*="/costing/packages/"]:not([href$="/new"])'))!,
        "/countries/BJ/assessment",
        "/trainings",
        // Benin's plan and its history; the latest round, and Rwanda's report in it (advisers read a report only
        // where their agency supports the country once it is accepted: not walked as one).
        "/countries/BJ/plan",
        "/countries/BJ/plan/history",
      ];
      // A demonstration round: the first listed that asks Rwanda (the other specs open rounds of their own).
      await page.goto("/rounds");
      const roundLinks = await page.locator('main a[href^="/rounds/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
      let rwandaReport: string | null = null;
      for (const round of new Set(roundLinks.filter((href) => /^\/rounds\/[0-9a-f-]{36}$/.test(href)))) {
        await page.goto(round);
        const report = page.locator('main a[href^="/countries/RW/reports/"]').first();
        if ((await report.count()) === 0) continue;
        rwandaReport = await report.getAttribute("href");
        dataPages.push(round);
        break;
      }
      expect(rwandaReport, "a demonstration round asking Rwanda").toBeTruthy();
      if (visitor.role !== "agency_adviser") dataPages.push(rwandaReport!);
      const pages = [...rolePages, ...dataPages];
      // Colour contrast is the same whoever reads a page: checked as the coordinator, who opens every page but the
      // member's own forms, and by the others only on pages the coordinator does not open (docs/performance.md).
      const contrastCheckedElsewhere = new Set(visitor.role === "coordinator" ? [] : [...(await pagesFor(page, coordinator)), ...dataPages]);
      const problems: string[] = [];
      // A script error on a page, a hydration mismatch above all (a form inside a paragraph, say), is a problem too.
      let current = "";
      page.on("pageerror", (error) => problems.push(`${current}: ${error.message.slice(0, 120)}`));
      for (const [index, path] of pages.entries()) {
        const locale = walkLocales[(index + order) % walkLocales.length]!;
        current = `${path} (${locale})`;
        await page.context().addCookies([{ name: "socle-locale", value: locale, url: baseURL! }]);
        const response = await page.goto(path);
        const status = response?.status();
        // The walk includes pages a role may not open, to check their refusal page; everything else must render.
        const refused = refusals[visitor.role].includes(path);
        if (status !== (refused ? 403 : 200)) problems.push(`${current}: ${status}`);
        // Every page, a refusal too, comes drawn from the server in the reader's language: not Next's empty error shell
        // (`<html id="__next_error__">`), drawn by the browser's JavaScript alone (app/_edge/refusal.tsx).
        const served = (await response?.text()) ?? "";
        if (served.includes('id="__next_error__"')) problems.push(`${current}: Next's empty error shell (${status})`);
        const lang = await page.locator("html").getAttribute("lang");
        if (lang !== locale) problems.push(`${current}: not in that language (lang="${lang}", ${status}, at ${page.url()})`);
        // The error page's heading, found by its tag: a query by role computes every element's role and name, 190 ms on
        // a large page, each page of the walk.
        if (await page.locator("h1", { hasText: catalogues[locale].errors.unexpectedTitle }).count()) problems.push(`${current}: the error page`);
        if (!refused && (await page.locator("[data-demo-banner]").innerText()).indexOf(banner[locale]) !== 0) problems.push(`${current}: no banner`);
        const rules = contrastCheckedElsewhere.has(path) && !refused ? "allButContrast" : "all";
        for (const violation of await seriousViolations(page, rules)) problems.push(`${current}: ${violation}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
