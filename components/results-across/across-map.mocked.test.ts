/**
 * One series on the world map as a French reader gets it: Benin coloured in its fifth of the scale with its value and
 * period as a tooltip and a link to its results, the legend naming each range in the series' unit.
 */
import { createFormatter, createTranslator } from "next-intl";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { sequentialColours } from "@/components/maps/map-classes";
import fr from "@/lib/i18n/messages/fr.json";
import type { AcrossRow } from "./across-classes";
import { AcrossMap } from "./across-map";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "resultsAcross") => createTranslator({ locale: "fr", messages: fr, namespace }),
  getFormatter: async () => createFormatter({ locale: "fr", timeZone: "UTC" }),
}));

const row = (countryCode: string, name: string, value: string, period: string): AcrossRow => ({
  countryCode,
  name,
  countryName: { en: name },
  region: "africa",
  countryIndicatorId: countryCode,
  period,
  periodStart: "2020-01-01",
  periodEnd: "2020-12-31",
  value,
  source: "ILOSTAT",
  origin: "ilostat",
  obsStatus: null,
});

async function html(unit: "percent" | "thousand_persons", rows: AcrossRow[]) {
  const { prelude } = await prerender(await AcrossMap({ title: "Dernière valeur", unit, rows }));
  return new Response(prelude).text();
}

/** One country's drawing, up to where its group closes. */
const drawingOf = (page: string, code: string) => {
  const start = page.search(new RegExp(`<g[^>]*data-country="${code}"`));
  return start < 0 ? undefined : page.slice(start, page.indexOf("</g>", start));
};

describe("a series on the world map", () => {
  it("colours each country by its fifth of a percentage, titled with its value and period", async () => {
    const page = await html("percent", [row("BJ", "Bénin", "11.6", "2020"), row("TG", "Togo", "45.25", "2021"), row("ZA", "Afrique du Sud", "88", "2019")]);
    const benin = drawingOf(page, "BJ")!;
    expect(benin).toContain(`fill="${sequentialColours[0]}"`);
    expect(benin).toMatch(/<title>Bénin : 11,6\s%\s\(2020\)<\/title>/);
    expect(drawingOf(page, "TG")).toContain(`fill="${sequentialColours[2]}"`);
    expect(drawingOf(page, "ZA")).toContain(`fill="${sequentialColours[4]}"`);
    for (const legend of [/Moins de 20\s% \(1\)/, /De 20\s% à moins de 40\s% \(0\)/, /De 40\s% à moins de 60\s% \(1\)/, /80\s% ou plus \(1\)/, /Aucune valeur partagée/]) expect(page).toMatch(legend);
  });

  it("names the ranges of a count in its unit", async () => {
    const page = await html("thousand_persons", [row("KZ", "Kazakhstan", "459.8", "2016/17"), row("AM", "Arménie", "1250", "2020")]);
    expect(page).toMatch(/<title>Kazakhstan : 459,8 milliers de personnes \(2016\/17\)<\/title>/);
    // Two values: cut once, rounded down below the larger, so each class holds one.
    expect(page).toMatch(/Moins de 1\s200 milliers de personnes \(1\)/);
    expect(page).toMatch(/1\s200 milliers de personnes ou plus \(1\)/);
  });
});
