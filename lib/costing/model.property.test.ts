import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { financingGap } from "./financing";
import { costPackage } from "./packages";
import type { BenefitScenario, CostingInputs, PopulationFigure, ScenarioRow } from "./types";

const decimal = /^-?\d+(\.\d+)?$/;

// Figures as a costing may hold them: missing, blank, zero, not a number, or any decimal, negative ones too.
const figure = fc.oneof(
  fc.constantFrom(undefined, null, "", "0", "0.0000", "abc", "1e5", "Infinity", "NaN"),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999 })).map(([whole, part]) => `${whole}.${part}`),
);
const share = fc.oneof(fc.constantFrom("0", "1", "0.05", "0.999", "1.5", "-0.1", "", "x"), fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 1000)));

const baseYear = 2025;
const years = [2025, 2026, 2027, 2028];

const population = fc.array(
  fc.record({
    year: fc.constantFrom(...years),
    sex: fc.constantFrom("female" as const, "male" as const),
    ageFrom: fc.integer({ min: 0, max: 90 }),
    width: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    population: fc.oneof(figure, fc.constantFrom("1000", "250000")).map((value) => value ?? ""),
  }).map(({ width, ...rest }): PopulationFigure => ({ ...rest, ageTo: width === null ? null : rest.ageFrom + width })),
  { maxLength: 40 },
);

const inputs: fc.Arbitrary<CostingInputs> = fc.record({
  population,
  years: fc.array(fc.record({ year: fc.constantFrom(...years), gdp: figure, governmentExpenditure: figure, inflation: figure, povertyLine: figure }), { maxLength: 6 }),
}).map((drawn) => ({ baseYear, horizonYear: 2028, currency: "MZN", ...drawn }));

const scenario: fc.Arbitrary<BenefitScenario> = fc.record({
  id: fc.constantFrom("a", "b"),
  targetGroup: fc.oneof(
    fc.record({ kind: fc.constant("ages" as const), ageFrom: fc.integer({ min: 0, max: 90 }), ageTo: fc.option(fc.integer({ min: 90, max: 120 }), { nil: null }), sex: fc.constantFrom("all" as const, "female" as const, "male" as const), eligibleShare: share }),
    fc.record({ kind: fc.constant("mothers_of_newborns" as const), eligibleShare: share }),
  ),
  benefit: fc.oneof(
    fc.record({ kind: fc.constant("monthly_amount" as const), amount: figure.map((value) => value ?? ""), indexation: fc.constantFrom("inflation" as const, "none" as const) }),
    fc.record({ kind: fc.constantFrom("poverty_line_share" as const, "gdp_per_head_share" as const), share }),
  ),
  takeUp: fc.record({ startShare: share, targetShare: share, targetYear: fc.integer({ min: 2020, max: 2035 }) }),
  administrativeCost: fc.record({ convention: fc.constantFrom("on_top_of_benefits" as const, "share_of_total" as const), rate: share }),
});

const figuresOf = (row: ScenarioRow) => Object.entries(row).filter(([name]) => name !== "year" && name !== "problems");

describe("the costing model on any figures", () => {
  it("gives decimal text or null with a problem, never NaN or Infinity, and never throws", () => {
    fc.assert(
      fc.property(inputs, fc.array(scenario, { maxLength: 3 }), (drawn, scenarios) => {
        const { rows, scenarioRows } = costPackage(drawn, scenarios);
        for (const row of [...scenarioRows.values()].flat()) {
          for (const [, value] of figuresOf(row)) {
            if (value !== null) expect(value).toMatch(decimal);
          }
          if (row.totalCost === null || row.shareOfGdp === null || row.shareOfGovernmentExpenditure === null) expect(row.problems.length).toBeGreaterThan(0);
        }
        for (const row of rows) {
          for (const value of [row.totalCost, row.shareOfGdp, row.shareOfGovernmentExpenditure, ...row.scenarios.flatMap((part) => [part.totalCost, part.shareOfPackage])]) {
            if (value !== null) expect(value).toMatch(decimal);
          }
        }
        for (const gap of financingGap(rows, [{ year: 2026, kind: "external", amount: "1000" }])) {
          for (const value of [gap.uncovered, gap.surplus, gap.financing]) if (value !== null) expect(value).toMatch(decimal);
          if (gap.uncovered !== null) expect(gap.uncovered.startsWith("-")).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
