/** The series choice works without JavaScript: a GET form to /results keeping the sort, the catalogue grouped by family, the shown series selected. */
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { SeriesChoice } from "./series-choice";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "resultsAcross") => createTranslator({ locale: "en", messages: en, namespace }),
}));

describe("the series choice", () => {
  it("is a GET form keeping the sort, grouped by family, with the shown series selected", async () => {
    const html = renderToStaticMarkup(
      await SeriesChoice({
        indicators: [
          { code: "SI_COV_BENFTS", name: "At least one benefit", family: "sdg_1_3_1" },
          { code: "SI_COV_UEMP", name: "Unemployed", family: "sdg_1_3_1" },
          { code: "SPF_LEGAL_COVERAGE_GAIN", name: "People gaining legal coverage", family: "spf_flagship" },
        ],
        chosen: "SI_COV_UEMP",
        sort: "value",
        dir: "desc",
      }),
    );
    expect(html).toMatch(/^<form [^>]*action="\/results" method="get"/);
    expect(html).toContain('<input type="hidden" name="sort" value="value"/>');
    expect(html).toContain('<input type="hidden" name="dir" value="desc"/>');
    expect(html).toMatch(/<optgroup label="SDG 1.3.1"><option value="SI_COV_BENFTS">SI_COV_BENFTS — At least one benefit<\/option><option value="SI_COV_UEMP" selected="">/);
    expect(html).toContain('<optgroup label="SPF Flagship results"><option value="SPF_LEGAL_COVERAGE_GAIN">');
    expect(html).toMatch(/<label[^>]*for="results-series"[^>]*>Indicator<\/label>/);
  });
});
