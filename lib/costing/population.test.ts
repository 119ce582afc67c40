import { describe, expect, it } from "vitest";
import { costScenario } from "./model";
import { countAges, populationTable } from "./population";
import { childBenefit, costingInputs } from "./test-inputs";
import type { PopulationFigure } from "./types";

/** Five-year groups 0–4 … 75–79 and 80+, each sex: 500 women and 600 men in each group. */
const groups: PopulationFigure[] = (["female", "male"] as const).flatMap((sex) => [
  ...Array.from({ length: 16 }, (_, index) => ({ year: 2025, sex, ageFrom: index * 5, ageTo: index * 5 + 4, population: sex === "female" ? "500" : "600" })),
  { year: 2025, sex, ageFrom: 80, ageTo: null, population: sex === "female" ? "500" : "600" },
]);
const table = populationTable(groups);

describe("counting a target group in the population table", () => {
  it("adds whole groups without a problem", () => {
    expect(countAges(table, 2025, "female", 0, 4)).toEqual({ value: expect.anything(), problems: [] });
    expect(countAges(table, 2025, "female", 60, null).value?.toFixed()).toBe("2500");
  });

  it("takes a share of a group the target splits, as if spread evenly over its ages, and says the figure is estimated", () => {
    const count = countAges(table, 2025, "female", 0, 3);
    expect(count.value?.toFixed()).toBe("400");
    expect(count.problems).toEqual([{ code: "proRatedAgeGroup", year: 2025 }]);
    // 18–64: 2/5 of 15–19, then 20–64 whole.
    expect(countAges(table, 2025, "male", 18, 64).value?.toFixed()).toBe("5640");
  });

  it("gives the same count from single ages as from groups when the target keeps to whole groups", () => {
    const single = costingInputs({ horizonYear: 2025 });
    const grouped = { ...single, population: groups };
    const scenario = childBenefit({ targetGroup: { kind: "ages", ageFrom: 0, ageTo: 4, sex: "all", eligibleShare: "1" } });
    single.population = single.population.map((figure) => ({ ...figure, population: figure.sex === "female" ? "100" : "120" }));
    expect(costScenario(single, scenario)[0]!.eligiblePopulation).toBe("1100");
    expect(costScenario(grouped, scenario)[0]!.eligiblePopulation).toBe("1100");
  });

  it("cannot take part of the open top group, whose width is unknown", () => {
    expect(countAges(table, 2025, "female", 85, 89)).toEqual({ value: null, problems: [{ code: "targetSplitsOpenAgeGroup", year: 2025 }] });
    expect(countAges(table, 2025, "female", 65, 90).value).toBeNull();
  });

  it("says the population is missing when the table lacks the year, the sex or some of the target's ages", () => {
    const missing = [{ code: "missingPopulation", year: 2026 }];
    expect(countAges(table, 2026, "female", 0, 4).problems).toEqual(missing);
    const childrenOnly = populationTable(groups.filter((figure) => figure.ageFrom < 10));
    expect(countAges(childrenOnly, 2025, "male", 5, 14).value).toBeNull();
    expect(countAges(childrenOnly, 2025, "male", 0, null).value).toBeNull();
    const gap = populationTable(groups.filter((figure) => figure.ageFrom !== 5));
    expect(countAges(gap, 2025, "male", 0, 9).problems).toEqual([{ code: "missingPopulation", year: 2025 }]);
  });

  it("refuses a table whose groups share ages, which would count persons twice", () => {
    const overlapping = populationTable([...groups, { year: 2025, sex: "female", ageFrom: 3, ageTo: 3, population: "90" }]);
    expect(countAges(overlapping, 2025, "female", 0, 4).problems).toEqual([{ code: "overlappingAgeGroups", year: 2025 }]);
  });

  it("says which population figure is not a number", () => {
    const broken = populationTable(groups.map((figure) => (figure.ageFrom === 0 ? { ...figure, population: "many" } : figure)));
    expect(countAges(broken, 2025, "female", 0, 4)).toEqual({ value: null, problems: [{ code: "invalidPopulation", year: 2025 }] });
  });
});
