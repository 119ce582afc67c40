/**
 * An indicator import's dry run as an English reader gets it: the tallies, the indicators it will follow, and each
 * row with its country, series, period, sex, value and outcome, a skip saying why in words.
 */
import { createFormatter, createTranslator } from "next-intl";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { translateMessage } from "@/lib/i18n/translate-message";
import type { IndicatorImportPlan } from "@/lib/results/import/plan-indicator-import";
import { IndicatorImportPlanView } from "./indicator-import-plan";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "resultsImport") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const plan: IndicatorImportPlan = {
  layout: "ilostat",
  rowCount: 4,
  rows: [
    { line: 2, action: "add", follow: true, countryCode: "BJ", indicatorCode: "SI_COV_BENFTS", period: "2020", sex: "total", value: "11.6" },
    { line: 3, action: "update", valueId: "v", version: 1, before: "10.2000", changes: ["value", "source"], countryCode: "BJ", indicatorCode: "SI_COV_BENFTS", period: "2020", sex: "female", value: "10.25" },
    { line: 4, action: "skip", reason: "indicatorImport.skip.unreliable", detail: "U" },
    { line: 5, action: "skip", reason: "indicatorImport.skip.unchanged", detail: null },
  ],
  follows: [{ countryCode: "BJ", indicatorCode: "SI_COV_BENFTS" }],
  counts: { add: 1, update: 1, skip: 2 },
  fingerprint: "f".repeat(64),
};

const t = createTranslator({ locale: "en", messages: en });
const translate = (message: string) => translateMessage(t as never, en, message);

async function html() {
  const { prelude } = await prerender(await IndicatorImportPlanView({ plan, translate }));
  return new Response(prelude).text();
}

/** A row's cells as text. */
function cellsOf(page: string, line: number): string[] {
  const start = page.search(new RegExp(`<tr data-action="\\w+"><td[^>]*>${line}</td>`));
  const row = page.slice(start, page.indexOf("</tr>", start));
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
}

describe("an indicator import's dry run", () => {
  it("tallies the rows and names the indicators it will follow", async () => {
    const page = await html();
    expect(page).toMatch(/row to add<\/dt><dd[^>]*>1</);
    expect(page).toMatch(/rows unchanged<\/dt><dd[^>]*>2</);
    expect(page).toContain("Indicators the import will follow");
    expect(page).toContain("<li>BJ: SI_COV_BENFTS</li>");
  });

  it("lists each row with its country, series, period, sex, value and outcome in words", async () => {
    const page = await html();
    expect(cellsOf(page, 2)).toEqual(["2", "BJ", "SI_COV_BENFTS", "2020", "Total", "11.6", expect.stringMatching(/Add.*follows the indicator first/)]);
    expect(cellsOf(page, 3)).toEqual(["3", "BJ", "SI_COV_BENFTS", "2020", "Female", "10.25", expect.stringMatching(/changes the value, the source; the value was 10\.2$/)]);
    expect(cellsOf(page, 4).at(-1)).toMatch(/^= Skip ILOSTAT flags this value as unreliable \(U\)\.$/);
    expect(cellsOf(page, 5).at(-1)).toMatch(/The same value is already in Socle\.$/);
  });
});
