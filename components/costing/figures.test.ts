import { describe, expect, it } from "vitest";
import { distinctProblems, yearRuns } from "./figures";

describe("the costing's problems as a reader scans them", () => {
  it("joins runs of consecutive years and keeps lone years apart", () => {
    expect(yearRuns([2027, 2025, 2026, 2030, 2026])).toBe("2025–2027, 2030");
    expect(yearRuns([2031])).toBe("2031");
    expect(yearRuns([])).toBe("");
  });

  it("says each kind of problem once, in the order first met, with every year it touches", () => {
    const rows = [2025, 2026, 2027].map((year) => ({
      problems: [
        { code: "proRatedAgeGroup" as const, year },
        ...(year === 2027 ? [{ code: "missingGdp" as const, year }] : []),
      ],
    }));
    expect(distinctProblems(rows)).toEqual([
      { code: "proRatedAgeGroup", years: "2025–2027" },
      { code: "missingGdp", years: "2027" },
    ]);
  });
});
