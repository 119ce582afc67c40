/**
 * A country's roadmap as a reader gets it: a row per step with its planned, actual and baseline bars placed by their
 * days, diamonds for planned milestones (logged, expected, late), the today line, the slippage, a name and a
 * description, and no link inside.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { RoadmapChart } from "./roadmap-chart";
import type { Roadmap, RoadmapStep } from "./roadmap-data";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "plans.roadmap") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const step = (number: number, rest: Partial<RoadmapStep>): RoadmapStep => ({
  id: `step-${number}`,
  number,
  title: `Step ${number}`,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  baselineStart: null,
  baselineEnd: null,
  slippageDays: null,
  baselineSlippageDays: null,
  state: "not_planned",
  milestones: [],
  ...rest,
});

const roadmap: Roadmap = {
  today: "2026-06-15",
  baselineName: null,
  steps: [
    step(1, { plannedStart: "2026-01-01", plannedEnd: "2026-03-01", actualStart: "2026-01-10", actualEnd: "2026-03-11", slippageDays: 10, state: "done" }),
    step(2, {
      plannedStart: "2026-03-01",
      plannedEnd: "2026-05-31",
      actualStart: "2026-04-01",
      slippageDays: 15,
      state: "behind",
      milestones: [
        { id: "m1", title: "Decree drafted", expectedOn: "2026-04-15", logged: true, late: false, withdrawn: false, baselineExpectedOn: null },
        { id: "m2", title: "Decree signed", expectedOn: "2026-05-20", logged: false, late: true, withdrawn: false, baselineExpectedOn: null },
        { id: "m3", title: "Decree published", expectedOn: "2026-09-01", logged: false, late: false, withdrawn: false, baselineExpectedOn: null },
      ],
    }),
    step(3, {}),
  ],
};

const attributesOf = (html: string, tag: string, data: string, value: string) => {
  const match = [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].find((found) => found[1]!.includes(`${data}="${value}"`));
  return Object.fromEntries([...(match?.[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]));
};

describe("a country's roadmap", () => {
  it("is one named, described image with no link inside", async () => {
    const html = renderToStaticMarkup(await RoadmapChart({ id: "roadmap", title: "Roadmap of Benin", roadmap }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="roadmap-title roadmap-desc"');
    expect(html).toContain("<title id=\"roadmap-title\">Roadmap of Benin</title>");
    expect(html).toContain("2 of 3 steps planned; 1 behind plan. Today is Jun 15, 2026.");
    expect(html).not.toContain("<a ");
  });

  it("draws the planned bar before the actual one, the actual bar of a step under way up to today", async () => {
    const html = renderToStaticMarkup(await RoadmapChart({ id: "roadmap", title: "Roadmap", roadmap }));
    const rows = html.split("data-step=").slice(1);
    const planned = attributesOf(rows[1]!, "rect", "data-bar", "planned");
    const actual = attributesOf(rows[1]!, "rect", "data-bar", "actual");
    expect(Number(actual.x)).toBeGreaterThan(Number(planned.x));
    const todayLine = html.match(/data-mark="today"><line x1="([\d.]+)"/);
    expect(Number(actual.x) + Number(actual.width)).toBeCloseTo(Number(todayLine![1]), 5);
    expect(rows[1]).toContain("Actual: since Apr 1, 2026, under way");
  });

  it("marks planned milestones as logged, late or expected, and says the slippage", async () => {
    const html = renderToStaticMarkup(await RoadmapChart({ id: "roadmap", title: "Roadmap", roadmap }));
    expect(attributesOf(html, "path", "data-milestone", "logged").fill).toBe("#0f172a");
    expect(attributesOf(html, "path", "data-milestone", "late").stroke).toBe("#b91c1c");
    expect(attributesOf(html, "path", "data-milestone", "expected").fill).toBe("#fff");
    expect(html).toContain("Decree signed, expected May 20, 2026: late, not logged");
    expect(html).toContain('data-slippage="15"');
    expect(html).toContain(">+15 d</text>");
    expect(html).toContain(">+10 d</text>");
  });

  it("draws the baseline beneath when one is chosen, and names it in the legend", async () => {
    const compared: Roadmap = {
      ...roadmap,
      baselineName: "Plan of January",
      steps: roadmap.steps.map((one) => (one.number === 1 ? { ...one, baselineStart: "2026-01-01", baselineEnd: "2026-02-01", slippageDays: -28, baselineSlippageDays: 28 } : one)),
    };
    const html = renderToStaticMarkup(await RoadmapChart({ id: "roadmap", title: "Roadmap", roadmap: compared }));
    expect(attributesOf(html, "rect", "data-bar", "baseline").height).toBe("3");
    expect(html).toContain("Baseline “Plan of January”");
    expect(html).toContain(">−28 d</text>");
  });

  it("ticks the months with the year at January", async () => {
    const html = renderToStaticMarkup(await RoadmapChart({ id: "roadmap", title: "Roadmap", roadmap }));
    expect(html).toContain('data-tick="2026-01-01"');
    expect(html).toContain(">Jan</text>");
    expect(html).toContain(">2026</text>");
  });
});
