import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { exportAndRecompute, expectModelFigures, workbookLabels } from "@/lib/testing/check-costing-workbook";
import { childBenefit, costingInputs } from "./test-inputs";
import type { CostingWorkbookInputs, CostingWorkbookScenario } from "./workbook";

const scenario = (name: string, sex: "all" | "female" | "male" = "all"): CostingWorkbookScenario => ({
  ...childBenefit({ targetGroup: { kind: "ages", ageFrom: 0, ageTo: 3, sex, eligibleShare: "1" } }),
  id: name,
  name,
});

describe("the costing workbook's layout", () => {
  it("speaks the reader's language, the formulas counting by the translated sexes", async () => {
    for (const locale of locales) {
      const labels = workbookLabels(locale);
      const texts = Object.entries(labels).flatMap(([group, entries]) => (typeof entries === "function" ? [] : Object.entries(entries).map(([key, text]) => [`${group}.${key}`, text])));
      expect(texts.filter(([, text]) => typeof text !== "string" || text === "" || text.startsWith("costingWorkbook."))).toEqual([]);
      expect(labels.problem({ code: "missingGdp", year: 2030 })).toContain("2030");
    }
    const labels = workbookLabels("fr");
    const inputs = costingInputs({ horizonYear: 2026 });
    inputs.population = inputs.population.map((figure) => (figure.sex === "male" ? { ...figure, population: "1500" } : figure));
    const scenarios = [scenario("Filles", "female"), scenario("Garçons", "male"), scenario("Tous")];
    const recomputed = await exportAndRecompute(inputs, scenarios, labels);
    expect(recomputed.read.worksheets.map((sheet) => sheet.name)).toEqual(["Synthèse", "Données", "Population", "Filles", "Garçons", "Tous"]);
    const [girls, boys] = expectModelFigures(recomputed, inputs, scenarios, { labels });
    expect([girls![0]!.eligiblePopulation, boys![0]!.eligiblePopulation]).toEqual(["4000", "6000"]);
  });

  it("writes the frame and each figure's source, text people typed never read as a formula", async () => {
    const inputs: CostingWorkbookInputs = {
      ...costingInputs({ baseYear: 2025, horizonYear: 2026 }),
      populationSource: "=HYPERLINK(\"http://example.org\",\"WPP 2024\")",
      years: [
        { year: 2025, gdp: "1000000", gdpSource: "IMF WEO, April 2025", inflation: "0.03", inflationSource: "+33 national statistics" },
        { year: 2026, gdp: "1100000", gdpSource: "@projection", governmentExpenditureSource: "-", inflation: "0.05" },
      ],
    };
    const recomputed = await exportAndRecompute(inputs, [scenario("Child benefit")]);
    const sheet = recomputed.read.worksheets[1]!;
    const labels = workbookLabels();
    const frame = [3, 4, 5, 6].map((row) => [sheet.getCell(row, 1).value, sheet.getCell(row, 2).value]);
    expect(frame).toEqual([
      [labels.frame.baseYear, 2025],
      [labels.frame.horizonYear, 2026],
      [labels.frame.currency, "THB"],
      [labels.frame.populationSource, "'=HYPERLINK(\"http://example.org\",\"WPP 2024\")"],
    ]);
    const row = (year: number) => sheet.getRow(9 + year - 2025).values as unknown[];
    expect(row(2025)).toEqual([undefined, 2025, 1000000, "IMF WEO, April 2025", undefined, undefined, 0.03, "'+33 national statistics", undefined, undefined, 1, expect.anything()]);
    expect(row(2026).slice(1, 6)).toEqual([2026, 1100000, "'@projection", undefined, "'-"]);
    expect(recomputed.value(sheet.name, "J10")).toBeCloseTo(1.05, 12);
    expect(recomputed.read.definedNames.model.find(({ name }) => name === "BaseYear")?.ranges).toEqual(["Inputs!$B$3"]);
  });

  it("names each scenario's sheet after it, made safe and unique, and keeps the name as typed in its title", async () => {
    const names = ['=HYPERLINK("http://evil.example","click")', "Child's [grant]: 0/3?", "A".repeat(40), "A".repeat(40), "Summary", "   ", "2030", "AB12", "r"];
    const scenarios = names.map((name) => scenario(name));
    const inputs = costingInputs({ horizonYear: 2026 });
    const recomputed = await exportAndRecompute(inputs, scenarios);
    const sheets = recomputed.read.worksheets.map((sheet) => sheet.name);
    expect(sheets).toEqual([
      "Summary",
      "Inputs",
      "Population",
      '=HYPERLINK("http evil.example","click")'.slice(0, 31),
      "Child’s grant 0 3",
      "A".repeat(31),
      `${"A".repeat(27)} (2)`,
      "Summary (2)",
      "Scenario 6",
      "Scenario 7 (2030)",
      "Scenario 8 (AB12)",
      "Scenario 9 (r)",
    ]);
    const titles = recomputed.read.worksheets.slice(3).map((sheet) => sheet.getCell(1, 1).value);
    expect(titles).toEqual(["'" + names[0], ...names.slice(1)]);
    const summaryHeader = recomputed.read.worksheets[0]!.getRow(2).values as unknown[];
    expect(summaryHeader[2]).toBe("'" + names[0]);
    expectModelFigures(recomputed, inputs, scenarios);
  });
});

describe("HyperFormula, GPL-3.0", () => {
  it("is imported by tests only, never by what the app ships (decision 1830)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const shipped = ["app", "components", "db", "lib"].flatMap((folder) =>
      (readdirSync(path.join(root, folder), { recursive: true }) as string[])
        .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && !/\.test\.tsx?$/.test(file))
        .map((file) => path.join(folder, file))
        .filter((file) => !file.startsWith(path.join("lib", "testing"))),
    );
    const importing = shipped.filter((file) => /from\s+["']hyperformula|require\(["']hyperformula|import\(["']hyperformula/.test(readFileSync(path.join(root, file), "utf8")));
    expect(importing).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    expect(manifest.dependencies.hyperformula).toBeUndefined();
    expect(manifest.devDependencies.hyperformula).toBe("3.5.0");
  });
});
