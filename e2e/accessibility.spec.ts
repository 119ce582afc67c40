/**
 * WCAG 2.1 AA, checked with axe: no serious or critical violation on any page. What a page holds depends on
 * the role (forms, buttons, 403 pages), so every page is checked with every rule for each role in English.
 * In the other languages the same components render other words: every page is checked again for the
 * coordinator (who opens every page but the working group's own forms, checked too as a member) with the rules
 * whose outcome the words can change (names, labels, titles, text alternatives, lang attributes). Rules about
 * colours, structure and ARIA give the same answer in every language and cost half of a check
 * (docs/performance.md). Runs once (on the embedded database); the pages do not depend on the engine.
 */
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { locales } from "../db/schema/values";
import { createPerson, signIn } from "./helpers/accounts";
import { memberOnlyPages, pagesFor, type Visitor, visitors } from "./helpers/pages";

/** The WCAG 2.1 A and AA rules whose outcome depends on a page's words or its language. */
const wordRules = [
  "area-alt",
  "aria-command-name",
  "aria-input-field-name",
  "aria-meter-name",
  "aria-progressbar-name",
  "aria-toggle-field-name",
  "aria-tooltip-name",
  "button-name",
  "document-title",
  "form-field-multiple-labels",
  "html-has-lang",
  "html-lang-valid",
  "html-xml-lang-mismatch",
  "image-alt",
  "input-button-name",
  "input-image-alt",
  "label",
  "link-name",
  "object-alt",
  "role-img-alt",
  "select-name",
  "summary-name",
  "svg-img-alt",
  "valid-lang",
];

async function seriousViolations(page: Page, rules: "all" | "words" = "all") {
  // Legacy mode runs axe in the page itself. The default opens a blank page for every check to merge the frames'
  // results, which doubled the time of each check (docs/performance.md). Socle's pages have no frames, and this
  // mode still checks same-origin ones.
  const builder = new AxeBuilder({ page });
  if (rules === "all") builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  else builder.withRules(wordRules);
  const results = await builder.setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("accessibility @a11y", () => {
  // Each test signs in its own person and only reads: they share the workers with the other specs.
  test.describe.configure({ mode: "parallel" });

  test("the sign-in page, in each language", async ({ browser, baseURL }) => {
    for (const locale of locales) {
      const context = await browser.newContext({ locale });
      await context.addCookies([{ name: "socle-locale", value: locale, url: baseURL! }]);
      const page = await context.newPage();
      await page.goto("/sign-in");
      expect(await seriousViolations(page, locale === "en" ? "all" : "words"), `/sign-in in ${locale}`).toEqual([]);
      await context.close();
    }
  });

  /** Signs in as a new person of the visitor's role, in `locale`, and checks each of their pages (or those chosen). */
  async function checkPages(browser: Browser, baseURL: string, visitor: Visitor, locale: string, choose = (pages: string[]) => pages) {
    const rules = locale === "en" ? "all" : "words";
    const context = await browser.newContext();
    const page = await context.newPage();
    const person = await createPerson(page.request, visitor);
    await signIn(page, person.email, person.password);
    await context.addCookies([{ name: "socle-locale", value: locale, url: baseURL }]);
    const problems: string[] = [];
    for (const path of choose(await pagesFor(page, visitor))) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const violation of await seriousViolations(page, rules)) problems.push(`${path} (${locale}): ${violation}`);
    }
    await context.close();
    return problems;
  }

  for (const visitor of visitors) {
    test(`every page for a ${visitor.role}, in English`, async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      expect(await checkPages(browser, baseURL!, visitor, "en")).toEqual([]);
    });
  }

  for (const locale of locales.filter((locale) => locale !== "en")) {
    test(`every page in ${locale}`, async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      const member = visitors.find((visitor) => visitor.role === "working_group_member")!;
      const coordinatorPages = await checkPages(browser, baseURL!, visitors[0]!, locale);
      const memberOnly = await checkPages(browser, baseURL!, member, locale, (pages) => pages.filter((path) => memberOnlyPages.includes(path)));
      expect([...coordinatorPages, ...memberOnly]).toEqual([]);
    });
  }
});
