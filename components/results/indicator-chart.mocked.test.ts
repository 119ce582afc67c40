/**
 * An indicator's chart as a reader gets it: a point per value (total, female, male) placed by its period and figure,
 * the baseline and the targets marked, the chart named by its title, and an empty series saying so.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import type { IndicatorValueView } from "@/lib/results/read-country-indicators";
import { IndicatorChart } from "./indicator-chart";
import { periodMiddle } from "./indicator-figures";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "countryResults.chart") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

let next = 0;
function value(period: string, figure: string, sex: IndicatorValueView["sex"] = "total"): IndicatorValueView {
  const [first, second] = period.split("/");
  const end = second ? `${Number(first) + 1}-12-31` : `${first}-12-31`;
  return {
    id: `value-${(next += 1)}`,
    version: 1,
    period,
    periodStart: `${first}-01-01`,
    periodEnd: end,
    sex,
    value: figure,
    source: "",
    note: "",
    evidenceUrl: null,
    origin: "typed",
    obsStatus: null,
  };
}

type Followed = Parameters<typeof IndicatorChart>[0]["followed"];
const chartOf = async (followed: Partial<Followed>) =>
  renderToStaticMarkup(await IndicatorChart({ id: "chart", title: "Population covered by at least one benefit", followed: { indicator: { unit: "percent" }, values: [], baseline: null, targets: [], ...followed } }));

/** The attributes of each element with a data attribute of this name, by its value. */
function marks(html: string, tag: string, data: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))) {
    const attributes = Object.fromEntries([...match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]));
    if (attributes[data] !== undefined) found.set(attributes[data], attributes);
  }
  return found;
}

describe("an indicator's chart", () => {
  it("names itself by its title and labels the value axis with the unit", async () => {
    const html = await chartOf({ values: [value("2020", "38.5")] });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Chart of Population covered by at least one benefit: the values over time');
    expect(html).toContain(">Percent</text>");
    expect(html).toContain(">Year</text>");
  });

  it("places each value by its period and figure: later is further right, higher is further up", async () => {
    const html = await chartOf({ values: [value("2018", "20"), value("2020", "40"), value("2022", "30")] });
    const points = [...html.matchAll(/<circle[^>]*cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
    expect(points).toHaveLength(3);
    expect(points[0]!.x).toBeLessThan(points[1]!.x);
    expect(points[1]!.x).toBeLessThan(points[2]!.x);
    // SVG's y grows downwards: 40 % is above 30 %, which is above 20 %.
    expect(points[1]!.y).toBeLessThan(points[2]!.y);
    expect(points[2]!.y).toBeLessThan(points[0]!.y);
    // Equal steps in time are equal steps across.
    expect(points[1]!.x - points[0]!.x).toBeCloseTo(points[2]!.x - points[1]!.x, 5);
    expect(html).toContain("<polyline");
    expect(html).toContain("<title>2020, Total: 40</title>");
  });

  it("draws female and male as their own series beside the total", async () => {
    const html = await chartOf({ values: [value("2020", "40"), value("2020", "36.1", "female"), value("2020", "44", "male"), value("2021", "41")] });
    const series = marks(html, "g", "data-series");
    expect([...series.keys()]).toEqual(["total", "female", "male"]);
    expect(html).toContain("<title>2020, Female: 36.1</title>");
    expect(html).toContain("<title>2020, Male: 44</title>");
    // One point a series has no line.
    expect(html.match(/<polyline/g)).toHaveLength(1);
  });

  it("marks the baseline and each target, with their figures", async () => {
    const html = await chartOf({ values: [value("2020", "38.5")], baseline: { value: "35", year: 2019, source: "ILO" }, targets: [{ year: 2025, value: "45" }, { year: 2030, value: "60" }] });
    expect(marks(html, "g", "data-mark").has("baseline")).toBe(true);
    expect(html).toContain("<title>Baseline 2019: 35</title>");
    expect(html.match(/data-mark="target"/g)).toHaveLength(2);
    expect(html).toContain("<title>Target 2025: 45</title>");
    expect(html).toContain("<title>Target 2030: 60</title>");
    // The time axis reaches the last target.
    expect(html).toContain(">2030</text>");
    expect(html).toContain(">Baseline<");
    expect(html).toContain(">Targets<");
  });

  it("places a fiscal year at its middle, between the two years it spans", async () => {
    expect(periodMiddle("2016-01-01", "2017-12-31")).toBeCloseTo(2017, 2);
    expect(periodMiddle("2020-01-01", "2020-12-31")).toBeCloseTo(2020.5, 2);
  });

  it("says so when there are no values, still drawing the baseline and targets", async () => {
    const html = await chartOf({ baseline: { value: "35", year: 2019, source: "" }, targets: [{ year: 2025, value: "45" }] });
    expect(html).toContain("No value recorded yet.");
    expect(html).not.toContain("<circle");
    expect(html).toContain('data-mark="baseline"');
  });

  it("draws nothing and says so when there is nothing at all", async () => {
    const html = await chartOf({});
    expect(html).not.toContain("<svg");
    expect(html).toContain("Nothing to draw yet");
  });

  it("keeps a percentage's axis within 100 and another unit's axis above its largest figure", async () => {
    const percent = await chartOf({ values: [value("2020", "96")] });
    expect(percent).toContain(">100</text>");
    expect(percent).not.toContain(">200</text>");
    const persons = await chartOf({ indicator: { unit: "persons" }, values: [value("2020", "1250000")] });
    expect(persons).toContain(">Persons</text>");
    expect(persons).toContain(">2,000,000</text>");
  });
});
