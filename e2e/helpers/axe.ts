/** axe in the browser suites: WCAG 2.1 A and AA, and the serious or critical violations it finds. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";

/**
 * axe-core itself, the version package.json names (decision 2650), handed to the builder, which would otherwise use
 * the one it depends on (4.13; its 4.14 release needs Node 22).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/**
 * Contexts whose new documents load axe as they start (an init script), from their second check on: evaluating axe's
 * half-megabyte source sent over the DevTools protocol was 180 ms of each check, its run 100 (decision 2650).
 */
const preloading = new WeakSet<BrowserContext>();

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
  // A control's visible words within its accessible name (WCAG 2.5.3): both are words of the page's language.
  "label-content-name-mismatch",
  "link-name",
  "object-alt",
  "role-img-alt",
  "select-name",
  "summary-name",
  "svg-img-alt",
  "valid-lang",
];

/**
 * `all`: every WCAG 2.1 A and AA rule. `words`: the rules a page's language can change. `allButContrast`: every rule
 * but colour contrast, which is three quarters of a check's time and gives the same answer whoever reads the page
 * (the same components, the same colours): the walks check it once per page, as the role that opens the most.
 *
 * With DATABASE_URL set (the PostgreSQL pass of `.ci/run`) nothing is checked and nothing reported: axe reads the
 * page the build drew, and the engine under the server does not change it; the same journeys check the same pages on
 * the PGlite pass, as the walks (@a11y) and the specs about pages only are left to it (playwright.config.ts).
 */
export async function seriousViolations(page: Page, rules: "all" | "words" | "allButContrast" = "all") {
  if (process.env.DATABASE_URL) return [];
  // Legacy mode runs axe in the page itself. The default opens a blank page for every check to merge the frames'
  // results, which doubled the time of each check (docs/performance.md). Socle's pages have no frames, and this
  // mode still checks same-origin ones.
  // A page that has just re-rendered (a server action's answer) can be caught between its old <title> and the new one
  // React puts back in the head: axe then found "document-title" on a page that has one (a flaky CI run). Wait a moment
  // for a title; a page that truly has none is still reported, by axe, after the wait.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5000 }).catch(() => undefined);
  // A button whose colours are still moving (`transition-colors`, 150 ms: from disabled grey back to its own text as a
  // form's answer arrives) is caught halfway by the contrast rule: a flaky CI run found one at grey on white. Let the
  // page's transitions end first (an endless animation, if one ever runs, is waited for one second at most).
  await page
    .evaluate(() =>
      Promise.race([
        Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]),
    )
    .catch(() => undefined);
  // Only violations are wanted: axe then keeps one node of each other kind of result, where by default it described
  // every node that passed (400 kB per page on the demonstration dataset, built and carried back to the runner: a
  // quarter of a check's time, docs/performance.md). Set before the rules: `options()` replaces what was set before it.
  const context = page.context();
  if (!preloading.has(context)) {
    preloading.add(context);
    await context.addInitScript(axeSource);
  }
  // A document that loaded axe as it started gets only the builder's configuration; any other gets axe's source too.
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === "function");
  const builder = new AxeBuilder({ page, axeSource: loaded ? ";" : axeSource }).options({ resultTypes: ["violations"] });
  if (rules === "words") builder.withRules(wordRules);
  else builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (rules === "allButContrast") builder.disableRules(["color-contrast"]);
  const results = await builder.setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}
