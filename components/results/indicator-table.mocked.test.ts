/** An indicator's table, what screen readers read of its chart: a row per period, a column per sex, then baseline and targets. */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import type { IndicatorValueView } from "@/lib/results/read-country-indicators";
import { IndicatorTable } from "./indicator-table";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "countryResults") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const value = (period: string, figure: string, sex: IndicatorValueView["sex"] = "total", source = ""): IndicatorValueView => ({
  id: `${period}-${sex}`,
  version: 1,
  period,
  periodStart: `${period.slice(0, 4)}-01-01`,
  periodEnd: `${period.slice(0, 4)}-12-31`,
  sex,
  value: figure,
  source,
  note: "",
  evidenceUrl: null,
  origin: "typed",
  obsStatus: null,
});

type Followed = Parameters<typeof IndicatorTable>[0]["followed"];
const tableOf = async (followed: Partial<Followed>) =>
  renderToStaticMarkup(await IndicatorTable({ title: "Coverage", followed: { indicator: { unit: "percent", sexBreakdown: false }, values: [], baseline: null, targets: [], ...followed } }));

describe("an indicator's table", () => {
  it("gives a row per period with the total, female and male figures in the reader's format, and the sources", async () => {
    const html = await tableOf({
      indicator: { unit: "thousand_persons", sexBreakdown: true },
      values: [value("2020", "1250.5", "total", "INSAE"), value("2020", "600", "female", "INSAE"), value("2021", "1300")],
    });
    expect(html).toContain("Coverage: values in thousands of persons");
    expect(html).toContain("Female (thousands of persons)");
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>2020<\/th>.*1,250\.5.*600.*—.*INSAE/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>2021<\/th>.*1,300.*—.*—/);
  });

  it("leaves out the columns by sex for a series without the breakdown, and states the baseline and targets", async () => {
    const html = await tableOf({ values: [value("2020", "38.5")], baseline: { value: "35", year: 2019, source: "ILO" }, targets: [{ year: 2030, value: "60" }] });
    expect(html).not.toContain("Female");
    expect(html).toContain("35 (%) in 2019, source: ILO");
    expect(html).toContain("60 (%) by 2030");
  });

  it("says when there is no value, baseline or target", async () => {
    const html = await tableOf({});
    expect(html).not.toContain("<table");
    expect(html).toContain("No value recorded yet.");
    expect(html).toContain("No baseline given.");
    expect(html).toContain("No target given.");
  });
});
