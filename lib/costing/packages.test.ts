import { describe, expect, it } from "vitest";
import { financingGap } from "./financing";
import { costScenario } from "./model";
import { comparePackages, costPackage } from "./packages";
import { childBenefit, costingInputs } from "./test-inputs";

// 1,000 persons of each sex at each age; GDP 1,000,000,000,000 a year.
const inputs = costingInputs({ baseYear: 2025, horizonYear: 2026 });
const children = childBenefit(); // 8,000 × 4,800 = 38,400,000
const oldAge = childBenefit({
  id: "old-age",
  targetGroup: { kind: "ages", ageFrom: 65, ageTo: null, sex: "all", eligibleShare: "1" },
  benefit: { kind: "monthly_amount", amount: "1000", indexation: "none" },
}); // 35 ages and the open group of each sex, 72,000 × 12,000 = 864,000,000

describe("packages of scenarios", () => {
  it("sums the scenarios' costs per year and keeps each one's part for a stacked chart", () => {
    // A share that is no finite decimal (48/1128) keeps 40 significant digits, the rest cut off, not rounded.
    const { rows, scenarioRows } = costPackage(inputs, [children, oldAge]);
    expect(scenarioRows.get("old-age")![0]!.totalCost).toBe("864000000");
    expect(rows[0]).toEqual({
      year: 2025,
      totalCost: "902400000",
      shareOfGdp: "0.0009024",
      shareOfGovernmentExpenditure: "0.004512",
      scenarios: [
        { scenarioId: "child-benefit", totalCost: "38400000", shareOfGdp: "0.0000384", shareOfPackage: "0.04255319148936170212765957446808510638297" },
        { scenarioId: "old-age", totalCost: "864000000", shareOfGdp: "0.000864", shareOfPackage: "0.957446808510638297872340425531914893617" },
      ],
      problems: [],
    });
  });

  it("leaves a year's total unknown when one scenario's is, rather than show a smaller sum, and says which scenario lacks what", () => {
    const partial = { ...inputs, years: inputs.years.map((year) => (year.year === 2026 ? { ...year, povertyLine: null } : year)) };
    const { rows } = costPackage(partial, [children, childBenefit({ id: "poverty-line", benefit: { kind: "poverty_line_share", share: "0.5" } })]);
    expect(rows[0]!.totalCost).toBe("158400000");
    expect(rows[1]).toMatchObject({ totalCost: null, shareOfGdp: null, problems: [{ code: "missingPovertyLine", year: 2026, scenarioId: "poverty-line" }] });
    expect(rows[1]!.scenarios[0]!.shareOfPackage).toBeNull();
  });

  it("sums rows the caller already costed, costing only the scenarios it was not given", () => {
    const known = new Map([["old-age", costScenario(inputs, oldAge)]]);
    expect(costPackage(inputs, [children, oldAge], known)).toEqual(costPackage(inputs, [children, oldAge]));
    // The rows given are the ones summed: the caller vouches they come from the same inputs.
    const halved = new Map([["old-age", known.get("old-age")!.map((row) => ({ ...row, totalCost: "432000000" }))]]);
    expect(costPackage(inputs, [children, oldAge], halved).rows[0]!.totalCost).toBe("470400000");
  });

  it("costs an empty package at zero", () => {
    expect(costPackage(inputs, []).rows[0]).toMatchObject({ totalCost: "0", shareOfGdp: "0", scenarios: [] });
  });

  it("sets packages side by side, year by year", () => {
    const rows = comparePackages(inputs, [{ id: "low", scenarios: [children] }, { id: "high", scenarios: [children, oldAge] }]);
    expect(rows.map((row) => row.year)).toEqual([2025, 2026]);
    expect(rows[0]!.packages.map((one) => [one.packageId, one.totalCost, one.shareOfGdp])).toEqual([
      ["low", "38400000", "0.0000384"],
      ["high", "902400000", "0.0009024"],
    ]);
  });
});

describe("the financing gap", () => {
  const { rows } = costPackage(inputs, [children, oldAge]); // 902,400,000 a year

  it("is the cost less every source of the year, by kind", () => {
    const [gap] = financingGap(rows, [
      { year: 2025, kind: "reallocation", amount: "300000000" },
      { year: 2025, kind: "external", amount: "100000000.50" },
      { year: 2025, kind: "external", amount: "2400000" },
      { year: 2026, kind: "new_revenue", amount: "1" },
    ]);
    expect(gap).toEqual({
      year: 2025,
      cost: "902400000",
      financing: "402400000.5",
      byKind: { reallocation: "300000000", new_revenue: "0", contributions: "0", external: "102400000.5" },
      uncovered: "499999999.5",
      surplus: "0",
      problems: [],
    });
  });

  it("is never negative: financing beyond the cost is a surplus and leaves nothing uncovered", () => {
    const gaps = financingGap(rows, [{ year: 2026, kind: "contributions", amount: "1000000000" }]);
    expect(gaps[0]).toMatchObject({ uncovered: "902400000", surplus: "0" });
    expect(gaps[1]).toMatchObject({ uncovered: "0", surplus: "97600000" });
  });

  it("is unknown when the cost is, or when an amount is not a non-negative number", () => {
    const unknownCost = [{ ...rows[0]!, totalCost: null }];
    expect(financingGap(unknownCost, [])[0]).toMatchObject({ uncovered: null, surplus: null, problems: [{ code: "costUnknown", year: 2025 }] });
    const [gap] = financingGap(rows, [{ year: 2025, kind: "external", amount: "-5" }, { year: 2025, kind: "reallocation", amount: "10" }]);
    expect(gap).toMatchObject({ financing: null, uncovered: null, byKind: { external: null, reallocation: "10" }, problems: [{ code: "invalidFinancingAmount", year: 2025 }] });
  });
});
