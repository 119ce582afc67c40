/**
 * The roadmap's table as a reader gets it: each step's page linked from its row, the dates in the reader's format,
 * the slippage and, against a baseline, how far the planned end moved, in words; "Log it" only where one may log.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import type { Roadmap } from "./roadmap-data";
import { RoadmapTable } from "./roadmap-table";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "plans.roadmap" | "plans.state") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const roadmap: Roadmap = {
  today: "2026-06-15",
  baselineName: "Plan of January",
  steps: [
    {
      id: "step-1",
      number: 1,
      title: "Identify the key national stakeholders",
      plannedStart: "2026-01-01",
      plannedEnd: "2026-03-01",
      actualStart: "2026-01-10",
      actualEnd: null,
      baselineStart: "2026-01-01",
      baselineEnd: "2026-02-15",
      slippageDays: 106,
      baselineSlippageDays: 14,
      state: "behind",
      milestones: [{ id: "m1", title: "Stakeholder map", expectedOn: "2026-02-01", logged: false, late: true, withdrawn: false, baselineExpectedOn: "2026-01-20" }],
    },
  ],
};

describe("the roadmap's table", () => {
  it("links each step, says the dates, the slippage and the move since the baseline", async () => {
    const html = renderToStaticMarkup(await RoadmapTable({ caption: "Roadmap of Benin", roadmap, countryCode: "BJ" }));
    expect(html).toContain('href="/countries/BJ/steps/step-1"');
    expect(html).toContain("Jan 1, 2026 – Mar 1, 2026");
    expect(html).toContain("Under way since Jan 10, 2026");
    expect(html).toContain("106 days late");
    expect(html).toContain("14 days later");
    expect(html).toContain("Baseline “Plan of January”");
    expect(html).toContain("In the baseline: Jan 20, 2026");
    expect(html).toContain("Behind plan");
    expect(html).not.toContain("Log it");
  });

  it("offers \"Log it\" on a planned milestone not logged, for those who log", async () => {
    const html = renderToStaticMarkup(
      await RoadmapTable({ caption: "Roadmap", roadmap, countryCode: "BJ", logHref: (step, planned) => `/countries/BJ/steps/${step}?plannedMilestone=${planned}` }),
    );
    expect(html).toContain('href="/countries/BJ/steps/step-1?plannedMilestone=m1"');
    expect(html).toContain('aria-label="Log it: Stakeholder map"');
  });
});
