/**
 * The country report's results section as a French reader gets it: each followed indicator with its baseline, targets
 * and latest value in the locale's number format and its unit, a dash where there is none, and no section without
 * an indicator to show.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import fr from "@/lib/i18n/messages/fr.json";
import type { ReportIndicator } from "@/lib/reports/report-results";
import { ReportResultsSection } from "./report-results";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "resultsReport") => createTranslator({ locale: "fr", messages: fr, namespace }),
  getFormatter: async () => createFormatter({ locale: "fr", timeZone: "UTC" }),
  getLocale: async () => "fr",
}));

const name = (text: string) => ({ en: text, fr: `${text} (fr)` });

const results: ReportIndicator[] = [
  {
    id: "benefits",
    code: "SI_COV_BENFTS",
    name: name("Population covered by at least one social protection benefit"),
    unit: "percent",
    direction: "higher_is_better",
    baseline: { value: "12.5", year: 2019 },
    targets: [
      { year: 2025, value: "25" },
      { year: 2030, value: "40" },
    ],
    latest: { period: "2016/17", value: "21.35", source: "INSAE" },
  },
  { id: "legal", code: "SPF_LEGAL_COVERAGE_GAIN", name: name("People gaining legal coverage"), unit: "thousand_persons", direction: "higher_is_better", baseline: null, targets: [], latest: { period: "2024", value: "1234.5", source: "" } },
  { id: "none", code: "NAT_1", name: name("National indicator"), unit: "persons", direction: "lower_is_better", baseline: null, targets: [], latest: null },
];

describe("the country report's results section", () => {
  it("shows each indicator's baseline, targets and latest value with its unit, in the reader's language and format", async () => {
    const html = renderToStaticMarkup((await ReportResultsSection({ results, countryCode: "BJ" }))!);
    for (const text of ["Population covered by at least one social protection benefit (fr)", "12,5 % (2019)", "25 % (2025)", "40 % (2030)", "21,35 % (2016/17)", "INSAE"]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/1\s234,5 milliers \(2024\)/);
    expect(html).toContain("Aucune valeur pour l’instant");
    expect(html).toContain("plus c’est bas, mieux c’est");
    expect(html).toContain("/exports/indicator-values.csv?country=BJ");
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it("shows nothing without an indicator to show", async () => {
    expect(await ReportResultsSection({ results: null, countryCode: "BJ" })).toBeNull();
  });
});
