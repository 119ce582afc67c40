/**
 * The country report's costing section as a Portuguese reader gets it: figures in the locale's format, a figure the
 * model could not cost as a dash with the note that says so (never NaN), and no section at all without a costing.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import pt from "@/lib/i18n/messages/pt.json";
import type { ReportCosting } from "@/lib/reports/report-costing";
import { ReportCostingSection } from "./report-costing";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "costingReport") => createTranslator({ locale: "pt", messages: pt, namespace }),
  getFormatter: async () => createFormatter({ locale: "pt", timeZone: "UTC" }),
}));

const costing: ReportCosting = {
  frame: { baseYear: 2025, horizonYear: 2035, currency: "MZN", populationSource: "Projecção do INE" },
  years: [2025, 2030, 2035],
  packages: [
    {
      id: "low",
      name: "Pacote baixo",
      years: [
        { year: 2025, totalCost: "3340000000.4", shareOfGdp: "0.0022" },
        { year: 2030, totalCost: null, shareOfGdp: null },
        { year: 2035, totalCost: "36190000000", shareOfGdp: "0.00928" },
      ],
    },
  ],
  latestVersion: { number: 1, validatedOn: "2026-05-20" },
  changedSinceValidated: true,
};

describe("the country report's costing section", () => {
  it("shows the frame, the version and whether the draft changed, and each package's figures in the reader's locale", async () => {
    const html = renderToStaticMarkup((await ReportCostingSection({ costing, countryCode: "MZ" }))!);
    for (const text of ["Custeado de 2025 a 2035, em MZN.", "Projecção do INE", "versão 1", "O rascunho mudou desde essa versão.", "3.340.000.000", "0,22% do PIB", "36.190.000.000", "0,93% do PIB"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain(">—<");
    expect(html).toContain("Um traço é um número que o modelo não conseguiu calcular");
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it("says a draft is unchanged, or not validated yet; shows nothing without a costing to show", async () => {
    const unchanged = renderToStaticMarkup((await ReportCostingSection({ costing: { ...costing, changedSinceValidated: false }, countryCode: "MZ" }))!);
    expect(unchanged).toContain("O rascunho está tal como foi validado.");
    const draft = renderToStaticMarkup((await ReportCostingSection({ costing: { ...costing, latestVersion: null, changedSinceValidated: null, packages: [] }, countryCode: "MZ" }))!);
    expect(draft).toContain("Ainda não validado num diálogo nacional");
    expect(draft).toContain("Ainda não foi custeado nenhum pacote de cenários.");
    expect(await ReportCostingSection({ costing: null, countryCode: "MZ" })).toBeNull();
  });
});
