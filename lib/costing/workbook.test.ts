import { describe, expect, it } from "vitest";
import { exportAndRecompute, expectFigure, expectModelFigures } from "@/lib/testing/check-costing-workbook";
import { costScenario } from "./model";
import { childBenefit, costingInputs, yearsFrom } from "./test-inputs";
import type { BenefitScenario, PopulationFigure, Sex } from "./types";
import type { CostingWorkbookInputs, CostingWorkbookScenario } from "./workbook";

const named = (name: string, overrides: Partial<BenefitScenario> = {}): CostingWorkbookScenario => ({ ...childBenefit(overrides), id: name, name });

/** Thailand 2010 (SPF-DOMAIN-2 §3): 2,393,000 children aged 0–3, split by sex and age as a projection gives them. */
const thailandChildren: PopulationFigure[] = (
  [
    ["female", 0, "290000"], ["female", 1, "292000"], ["female", 2, "293000"], ["female", 3, "295000"],
    ["male", 0, "305000"], ["male", 1, "306000"], ["male", 2, "306000"], ["male", 3, "306000"],
  ] as const
).map(([sex, age, population]) => ({ year: 2010, sex, ageFrom: age, ageTo: age, population }));

const thailand = () => ({
  inputs: costingInputs({ baseYear: 2010, horizonYear: 2010, population: thailandChildren, figures: { gdp: "10000000000000", governmentExpenditure: "2000000000000" } }),
  scenario: named("Child support grant", {
    takeUp: { startShare: "0.60", targetShare: "1", targetYear: 2020 },
    administrativeCost: { convention: "on_top_of_benefits", rate: "0.05" },
  }),
});

/** Five-year groups 0–4 … 75–79 and an open 80+, each group's persons differing by sex, group and year. */
function fiveYearGroups(years: number[]): PopulationFigure[] {
  return years.flatMap((year, yearIndex) =>
    (["female", "male"] as Sex[]).flatMap((sex) =>
      Array.from({ length: 17 }, (_, group) => ({
        year,
        sex,
        ageFrom: group * 5,
        ageTo: group === 16 ? null : group * 5 + 4,
        population: String(10_000 + group * 137 + yearIndex * 51 + (sex === "male" ? 7 : 0)),
      })),
    ),
  );
}

describe("the costing workbook, recomputed by a formula engine", () => {
  it("finds the Thailand worked example, 7,236,432,000 THB, in the scenario's sheet and the summary", async () => {
    const { inputs, scenario } = thailand();
    const recomputed = await exportAndRecompute(inputs, [scenario]);
    const [rows] = expectModelFigures(recomputed, inputs, [scenario]);
    expect(rows![0]!.totalCost).toBe("7236432000");
    const summary = recomputed.read.worksheets[0]!.name;
    expect(recomputed.value(summary, "B3")).toBe(7236432000);
  });

  it("follows a figure a ministry changes: the take-up, a population, the GDP", async () => {
    const { inputs, scenario } = thailand();
    const recomputed = await exportAndRecompute(inputs, [scenario]);
    const [summary, inputsSheet, population, sheet] = recomputed.read.worksheets.map((worksheet) => worksheet.name);
    const takeUpCell = recomputed.read.definedNames.model.find(({ name }) => name === "S1_TakeUpStart")!.ranges[0]!.split("!")[1]!.replace(/\$/g, "");
    recomputed.change(sheet!, takeUpCell, 0.8);
    recomputed.change(population!, "E2", 300000); // female, aged 0: was 290,000
    recomputed.change(inputsSheet!, "B9", 20000000000000);
    const changed: CostingWorkbookInputs = {
      ...inputs,
      population: inputs.population.map((figure) => (figure.sex === "female" && figure.ageFrom === 0 ? { ...figure, population: "300000" } : figure)),
      years: inputs.years.map((figures) => ({ ...figures, gdp: "20000000000000" })),
    };
    const changedScenario = { ...scenario, takeUp: { ...scenario.takeUp, startShare: "0.8" } };
    expect(costScenario(changed, changedScenario)[0]!.totalCost).toBe(String(0.8 * 2403000 * 4800 * 1.05));
    expectModelFigures(recomputed, changed, [changedScenario], { cached: false });
    expect(recomputed.value(summary!, "B3")).toBe(0.8 * 2403000 * 4800 * 1.05);
  });

  it("computes several scenarios over 15 years: both conventions, indexation, the poverty line, GDP per head, mothers of newborns", async () => {
    const inputs = costingInputs({ baseYear: 2025, horizonYear: 2040 });
    inputs.years = inputs.years.map((figures, index) => ({ ...figures, inflation: String(0.02 + index / 1000), povertyLine: String(30000 + index * 1234.5) }));
    const scenarios = [
      named("Child benefit", {
        benefit: { kind: "monthly_amount", amount: "400", indexation: "inflation" },
        takeUp: { startShare: "0.6", targetShare: "0.95", targetYear: 2031 },
        administrativeCost: { convention: "on_top_of_benefits", rate: "0.05" },
      }),
      named("Old-age pension", {
        targetGroup: { kind: "ages", ageFrom: 65, ageTo: null, sex: "all", eligibleShare: "1" },
        benefit: { kind: "poverty_line_share", share: "0.5" },
        takeUp: { startShare: "0.3", targetShare: "0.8", targetYear: 2045 },
        administrativeCost: { convention: "share_of_total", rate: "0.08" },
      }),
      named("Disability benefit", {
        targetGroup: { kind: "ages", ageFrom: 18, ageTo: 64, sex: "female", eligibleShare: "0.025" },
        benefit: { kind: "gdp_per_head_share", share: "0.15" },
        administrativeCost: { convention: "share_of_total", rate: "0.12" },
      }),
      named("Maternity benefit", {
        targetGroup: { kind: "mothers_of_newborns", eligibleShare: "0.9" },
        benefit: { kind: "monthly_amount", amount: "1500.50", indexation: "none" },
        takeUp: { startShare: "0.5", targetShare: "0.5", targetYear: 2025 },
      }),
    ];
    const recomputed = await exportAndRecompute(inputs, scenarios);
    const costed = expectModelFigures(recomputed, inputs, scenarios);
    expect(costed.every((rows) => rows.length === 16 && rows.every((row) => row.totalCost !== null))).toBe(true);
  }, 20_000); // A formula engine recomputing 15 years of several scenarios: seconds on a busy two-core machine.

  it("shows blanks, never #DIV/0! or #VALUE!, where a figure is missing, zero or not a number", async () => {
    const inputs = costingInputs({ baseYear: 2025, horizonYear: 2030 });
    inputs.years = [
      { year: 2025, gdp: "1000000000", governmentExpenditure: "200000000", inflation: "0.5", povertyLine: "30000" },
      { year: 2026, governmentExpenditure: "200000000", inflation: "0.04", povertyLine: "31000" },
      { year: 2027, gdp: "0", governmentExpenditure: "0", povertyLine: "32000" },
      { year: 2028, gdp: "1e9", governmentExpenditure: "200000000", inflation: "0.03" },
      { year: 2029, gdp: "1100000000", governmentExpenditure: "not known", inflation: "0.03", povertyLine: "33000" },
      // 2030 has no figures at all.
    ];
    // No women in 2029: the target's sexes are not covered that year.
    inputs.population = inputs.population.filter((figure) => !(figure.year === 2029 && figure.sex === "female"));
    const scenarios = [
      named("Indexed", { benefit: { kind: "monthly_amount", amount: "400", indexation: "inflation" } }),
      named("Poverty line", { benefit: { kind: "poverty_line_share", share: "0.25" }, administrativeCost: { convention: "share_of_total", rate: "0.1" } }),
      named("GDP per head", { benefit: { kind: "gdp_per_head_share", share: "0.1" } }),
      named("Rate of 100 %", { administrativeCost: { convention: "share_of_total", rate: "1" } }),
      named("Not a number", { targetGroup: { kind: "ages", ageFrom: 0, ageTo: 3, sex: "all", eligibleShare: "most" } }),
    ];
    const recomputed = await exportAndRecompute(inputs, scenarios);
    const costed = expectModelFigures(recomputed, inputs, scenarios);
    const codes = new Set(costed.flat().flatMap((row) => row.problems.map((problem) => problem.code)));
    for (const code of ["missingGdp", "zeroGdp", "invalidGdp", "zeroGovernmentExpenditure", "invalidGovernmentExpenditure", "missingInflation", "missingPovertyLine", "missingPopulation", "administrativeRateNotBelowOne", "invalidScenarioFigure"]) {
      expect(codes, code).toContain(code);
    }
  });

  describe("age groups a target cuts", () => {
    const years = yearsFrom(2025, 2027);
    const inputs = costingInputs({ baseYear: 2025, horizonYear: 2027, population: fiveYearGroups(years) });
    const ages = (name: string, ageFrom: number, ageTo: number | null, sex: "all" | Sex = "all") =>
      named(name, { targetGroup: { kind: "ages", ageFrom, ageTo, sex, eligibleShare: "0.5" }, benefit: { kind: "gdp_per_head_share", share: "0.1" } });

    it("pro-rates a closed group the target takes part of, as the model does, and counts aligned groups by SUMIFS alone", async () => {
      const scenarios = [
        ages("0 to 3", 0, 3),
        ages("2 to 7, women", 2, 7, "female"),
        ages("3 only, men", 3, 3, "male"),
        ages("10 to 19", 10, 19),
        ages("65 and over", 65, null),
        ages("67 and over", 67, null),
        named("Mothers", { targetGroup: { kind: "mothers_of_newborns", eligibleShare: "1" } }),
      ];
      const recomputed = await exportAndRecompute(inputs, scenarios);
      const costed = expectModelFigures(recomputed, inputs, scenarios);
      const estimated = costed.map((rows) => rows[0]!.problems.some((problem) => problem.code === "proRatedAgeGroup"));
      expect(estimated).toEqual([true, true, true, false, false, true, true]);
      expectFigure(Number(costed[0]![0]!.eligiblePopulation), String((0.5 * (10_000 + 10_007) * 4) / 5), "0 to 3");

      // The persons of "0 to 3" are the whole-group SUMIFS plus a share of each group 0–4.
      const sheet = recomputed.read.worksheets[3]!;
      const persons = sheet.getCell("B18").value as { formula: string };
      expect(persons.formula).toMatch(/^SUMIFS\(PopulationCount,PopulationYear,\$A18,PopulationAgeFrom,">="&S1_AgeFrom,PopulationAgeTo,"<="&S1_AgeTo\)\+/);
      expect(persons.formula.match(/MIN\(/g)).toHaveLength(2);
      const aligned = recomputed.read.worksheets[6]!.getCell("B18").value as { formula: string };
      expect(aligned.formula).not.toContain("+");
    });

    it("follows a target's ages moved to the edges of the groups it cut: 0–3 to 0–4, 2–7 to 3–5", async () => {
      const scenarios = [ages("0 to 3", 0, 3), ages("2 to 7, women", 2, 7, "female")];
      const recomputed = await exportAndRecompute(inputs, scenarios);
      const [first, second] = recomputed.read.worksheets.slice(3).map((sheet) => sheet.name);
      recomputed.change(first!, "B5", 4);
      recomputed.change(second!, "B4", 3);
      recomputed.change(second!, "B5", 5);
      const moved = [ages("0 to 3", 0, 4), ages("2 to 7, women", 3, 5, "female")];
      const costed = expectModelFigures(recomputed, inputs, moved, { cached: false });
      expect(costed[0]![0]!.problems.map((problem) => problem.code)).not.toContain("proRatedAgeGroup");
    });

    it("leaves blank a year whose target takes part of the open top group, its width being unknown", async () => {
      const scenarios = [ages("85 and over", 85, null), ages("78 to 82", 78, 82)];
      const recomputed = await exportAndRecompute(inputs, scenarios);
      const costed = expectModelFigures(recomputed, inputs, scenarios);
      for (const rows of costed) {
        expect(rows.every((row) => row.eligiblePopulation === null && row.problems.some((problem) => problem.code === "targetSplitsOpenAgeGroup"))).toBe(true);
      }
    });
  });
});
