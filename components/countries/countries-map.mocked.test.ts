/**
 * The countries page's map as a French reader gets it: coloured by SPF-I status by default, or by steps completed
 * in ranges the legend names, each choice a plain link that keeps the table's sort.
 */
import { createFormatter, createTranslator } from "next-intl";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import fr from "@/lib/i18n/messages/fr.json";
import type { CountryListRow } from "@/lib/countries/query-countries";
import { CountriesMap } from "./countries-map";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "worldMap") => createTranslator({ locale: "fr", messages: fr, namespace }),
  getFormatter: async () => createFormatter({ locale: "fr", timeZone: "UTC" }),
}));

const rows: CountryListRow[] = [
  { code: "BJ", name: "Bénin", region: "africa", spfiStatus: "activities_under_way", stepsDone: 3, stepsApplicable: 8 },
  { code: "DZ", name: "Algérie", region: "africa", spfiStatus: "interest_expressed", stepsDone: 0, stepsApplicable: 8 },
];
/** The map nests the world map, itself an async server component: a prerender waits for it, where a static render would not. */
async function html(colouring: "status" | "steps") {
  const { prelude } = await prerender(await CountriesMap({ rows, colouring, hrefOf }));
  return new Response(prelude).text();
}

const hrefOf = { status: "/countries?map=status&sort=name&dir=desc", steps: "/countries?map=steps&sort=name&dir=desc" };

describe("the countries page's map", () => {
  it("colours by SPF-I status, and offers steps completed as a link keeping the sort", async () => {
    const page = await html("status");
    expect(page).toContain("Les pays selon leur statut dans l&#x27;Initiative");
    expect(page).toContain("<title>Bénin : Activités en cours</title>");
    expect(page).toContain("Intérêt exprimé (1)");
    expect(page).toContain("Non suivi dans Socle");
    expect(page).toContain('<span aria-current="true"');
    expect(page).toContain('href="/countries?map=steps&amp;sort=name&amp;dir=desc"');
  });

  it("colours by steps completed in named ranges", async () => {
    const page = await html("steps");
    expect(page).toContain("<title>Bénin : 3 étapes achevées sur 8</title>");
    for (const text of ["Aucune (1)", "1–2 (0)", "3–4 (1)", "5–6 (0)", "7 ou plus (0)"]) expect(page).toContain(text);
    expect(page).toContain('href="/countries?map=status&amp;sort=name&amp;dir=desc"');
  });
});
