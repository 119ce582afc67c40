import { describe, expect, it } from "vitest";
import { populationGroupsOf } from "./population-groups";
import type { PopulationFigure } from "./types";

const figure = (sex: PopulationFigure["sex"], ageFrom: number, ageTo: number | null, population: string) => ({ sex, ageFrom, ageTo, population });

describe("a year's population as rows of age groups", () => {
  it("puts each group's females and males on one row, youngest first, the open group last", () => {
    const { groups, sexesGroupedAlike } = populationGroupsOf([
      figure("male", 65, null, "470000"),
      figure("female", 5, 64, "12200000"),
      figure("female", 0, 4, "2400000"),
      figure("male", 0, 4, "2395000"),
      figure("female", 65, null, "480000"),
      figure("male", 5, 64, "12100000"),
    ]);
    expect(groups).toEqual([
      { ageFrom: 0, ageTo: 4, female: "2400000", male: "2395000" },
      { ageFrom: 5, ageTo: 64, female: "12200000", male: "12100000" },
      { ageFrom: 65, ageTo: null, female: "480000", male: "470000" },
    ]);
    expect(sexesGroupedAlike).toBe(true);
  });

  it("leaves a sex blank where the figures group the sexes differently, and says so", () => {
    const { groups, sexesGroupedAlike } = populationGroupsOf([figure("female", 0, 4, "10"), figure("male", 0, 0, "2"), figure("male", 1, 4, "8")]);
    expect(groups).toEqual([
      { ageFrom: 0, ageTo: 0, female: null, male: "2" },
      { ageFrom: 0, ageTo: 4, female: "10", male: null },
      { ageFrom: 1, ageTo: 4, female: null, male: "8" },
    ]);
    expect(sexesGroupedAlike).toBe(false);
  });

  it("reads a year without figures as no rows", () => {
    expect(populationGroupsOf([])).toEqual({ groups: [], sexesGroupedAlike: true });
  });
});
