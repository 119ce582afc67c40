/**
 * The browser suites' accessibility checks (e2e/helpers/axe.ts) run axe in legacy mode. @axe-core/playwright 4.13.0
 * evaluated axe's source in the page and then, in legacy mode, once more in every frame: half of a check's fixed cost
 * (decision 2640). `patches/` makes legacy mode inject it once per frame; an install that skipped the patch fails here.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, it } from "vitest";

/** A page of one frame that records what is evaluated in it and answers axe's run with no violation. */
function recordingPage() {
  const evaluated: unknown[] = [];
  const frame = {
    evaluate: async (script: unknown) => {
      evaluated.push(script);
      return typeof script === "function" ? { results: { violations: [], passes: [], incomplete: [], inapplicable: [] } } : undefined;
    },
  };
  const page = { ...frame, frames: () => [frame], mainFrame: () => frame };
  return { page: page as unknown as Page, evaluated };
}

it("legacy mode evaluates axe's source once per frame, then runs it once", async () => {
  const { page, evaluated } = recordingPage();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a"]).setLegacyMode().analyze();
  expect(results.violations).toEqual([]);
  // axe's source is half a megabyte of text; the configuration evaluated after it, a line.
  expect(evaluated.filter((script) => typeof script === "string" && script.length > 100_000)).toHaveLength(1);
  expect(evaluated.filter((script) => typeof script === "function")).toHaveLength(1);
});
