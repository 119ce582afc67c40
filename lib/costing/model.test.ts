import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { costScenario } from "./model";
import { childBenefit, costingInputs } from "./test-inputs";
import type { PopulationFigure } from "./types";

/** Thailand 2010 (SPF-DOMAIN-2 §3): 2,393,000 children aged 0–3, split by sex and age as a projection would give them. */
const thailandChildren: PopulationFigure[] = [
  ["female", 0, "290000"], ["female", 1, "292000"], ["female", 2, "293000"], ["female", 3, "295000"],
  ["male", 0, "305000"], ["male", 1, "306000"], ["male", 2, "306000"], ["male", 3, "306000"],
].map(([sex, age, population]) => ({ year: 2010, sex: sex as "female" | "male", ageFrom: age as number, ageTo: age as number, population: population as string }));

describe("costing a benefit scenario", () => {
  it("reproduces the Thailand worked example exactly: 0.60 × 2,393,000 × 4,800 THB × 1.05 = 7,236,432,000 THB", () => {
    const inputs = costingInputs({ baseYear: 2010, horizonYear: 2010, population: thailandChildren, figures: { gdp: "10000000000000", governmentExpenditure: "2000000000000" } });
    const [row] = costScenario(inputs, childBenefit({
      takeUp: { startShare: "0.60", targetShare: "1", targetYear: 2020 },
      administrativeCost: { convention: "on_top_of_benefits", rate: "0.05" },
    }));
    expect(row).toEqual({
      year: 2010,
      eligiblePopulation: "2393000",
      takeUp: "0.6",
      beneficiaries: "1435800",
      annualBenefit: "4800",
      benefitSpending: "6891840000",
      administrativeCost: "344592000",
      totalCost: "7236432000",
      shareOfGdp: "0.0007236432",
      shareOfGovernmentExpenditure: "0.003618216",
      problems: [],
    });
    // Where binary floats leave a crumb (7,581,024,000.000001 with 10 % on top), decimals do not.
    const tenPercent = costScenario(inputs, childBenefit({ takeUp: { startShare: "0.6", targetShare: "1", targetYear: 2020 }, administrativeCost: { convention: "on_top_of_benefits", rate: "0.1" } }));
    expect(tenPercent[0]!.totalCost).toBe("7581024000");
  });

  it("indexes an amount to each year's inflation after the base year, and stops at a missing rate", () => {
    const inputs = costingInputs({ baseYear: 2020, horizonYear: 2024 });
    inputs.years = [
      { year: 2020, inflation: "0.5" }, // the base year's rate is not applied: the amount is in its prices
      { year: 2021, inflation: "0.05" },
      { year: 2022, inflation: "0.1" },
      { year: 2023, inflation: "0.02" },
      { year: 2024 },
    ];
    const indexed = costScenario(inputs, childBenefit({ benefit: { kind: "monthly_amount", amount: "100", indexation: "inflation" } }));
    expect(indexed.map((row) => row.annualBenefit)).toEqual(["1200", "1260", "1386", "1413.72", null]);
    expect(indexed[4]!.problems).toEqual(expect.arrayContaining([{ code: "missingInflation", year: 2024 }]));
    expect(indexed[4]!.totalCost).toBeNull();

    const flat = costScenario(inputs, childBenefit({ benefit: { kind: "monthly_amount", amount: "100", indexation: "none" } }));
    expect(flat.map((row) => row.annualBenefit)).toEqual(["1200", "1200", "1200", "1200", "1200"]);
  });

  it("carries a missing rate to every later year, naming the year that lacks it", () => {
    const inputs = costingInputs({ baseYear: 2020, horizonYear: 2023 });
    inputs.years = [{ year: 2020 }, { year: 2021, inflation: "0.05" }, { year: 2022 }, { year: 2023, inflation: "0.02" }];
    const rows = costScenario(inputs, childBenefit({ benefit: { kind: "monthly_amount", amount: "100", indexation: "inflation" } }));
    expect(rows.map((row) => row.annualBenefit)).toEqual(["1200", "1260", null, null]);
    expect(rows[3]!.problems).toContainEqual({ code: "missingInflation", year: 2022 });
  });

  describe("the take-up path", () => {
    const path = (targetYear: number) =>
      costScenario(costingInputs({ baseYear: 2025, horizonYear: 2030 }), childBenefit({ takeUp: { startShare: "0.6", targetShare: "0.9", targetYear } })).map((row) => row.takeUp);

    it("starts at its start share, rises in a straight line, reaches its target in the target year and stays there", () => {
      expect(path(2028)).toEqual(["0.6", "0.7", "0.8", "0.9", "0.9", "0.9"]);
    });

    it("is the target share from the start when the target year is the base year", () => {
      expect(path(2025)).toEqual(["0.9", "0.9", "0.9", "0.9", "0.9", "0.9"]);
    });

    it("is still rising at the horizon when the target year lies beyond it", () => {
      expect(path(2035)).toEqual(["0.6", "0.63", "0.66", "0.69", "0.72", "0.75"]);
    });
  });

  describe("the administrative cost, by its convention", () => {
    const spending = (convention: "on_top_of_benefits" | "share_of_total", rate: string) =>
      costScenario(costingInputs({ horizonYear: 2025 }), childBenefit({ administrativeCost: { convention, rate } }))[0]!;
    // 8,000 children × 4,800 a year = 38,400,000 of benefits.

    it("on top of benefits: total = benefits × (1 + rate)", () => {
      expect(spending("on_top_of_benefits", "0.2")).toMatchObject({ benefitSpending: "38400000", administrativeCost: "7680000", totalCost: "46080000" });
    });

    it("as a share of total expenditure: total = benefits ÷ (1 − rate), so the cost is that share of the total", () => {
      expect(spending("share_of_total", "0.2")).toMatchObject({ benefitSpending: "38400000", administrativeCost: "9600000", totalCost: "48000000" });
    });

    it("refuses a share of the total of 100 % or more, which has no total", () => {
      const row = spending("share_of_total", "1");
      expect(row).toMatchObject({ benefitSpending: "38400000", totalCost: null, administrativeCost: null, shareOfGdp: null });
      expect(row.problems).toContainEqual({ code: "administrativeRateNotBelowOne", year: 2025 });
    });
  });

  it("pays a share of each year's poverty line, following it year by year", () => {
    const inputs = costingInputs({ baseYear: 2025, horizonYear: 2027 });
    inputs.years = [{ year: 2025, povertyLine: "30000" }, { year: 2026, povertyLine: "31500.50" }, { year: 2027 }];
    const rows = costScenario(inputs, childBenefit({ benefit: { kind: "poverty_line_share", share: "0.25" } }));
    expect(rows.map((row) => row.annualBenefit)).toEqual(["7500", "7875.125", null]);
    expect(rows[2]!.problems).toContainEqual({ code: "missingPovertyLine", year: 2027 });
  });

  it("pays a share of GDP per head, the whole population of the year dividing its GDP", () => {
    // 101 age groups × 1,000 persons × 2 sexes = 202,000 persons.
    const inputs = costingInputs({ horizonYear: 2025, figures: { gdp: "20200000000", governmentExpenditure: "1" } });
    const [row] = costScenario(inputs, childBenefit({ benefit: { kind: "gdp_per_head_share", share: "0.15" } }));
    expect(row!.annualBenefit).toBe("15000");
  });

  it("counts one sex only when the target group asks", () => {
    const inputs = costingInputs({ horizonYear: 2025 });
    inputs.population = inputs.population.map((figure) => (figure.sex === "male" ? { ...figure, population: "3000" } : figure));
    const scenario = (sex: "all" | "female" | "male") => childBenefit({ targetGroup: { kind: "ages", ageFrom: 0, ageTo: 3, sex, eligibleShare: "1" } });
    expect(costScenario(inputs, scenario("female"))[0]!.eligiblePopulation).toBe("4000");
    expect(costScenario(inputs, scenario("male"))[0]!.eligiblePopulation).toBe("12000");
    expect(costScenario(inputs, scenario("all"))[0]!.eligiblePopulation).toBe("16000");
  });

  it("narrows the group by its eligible share, and counts mothers of newborns from the population aged 0", () => {
    const inputs = costingInputs({ horizonYear: 2025 });
    const disability = childBenefit({ targetGroup: { kind: "ages", ageFrom: 18, ageTo: 64, sex: "all", eligibleShare: "0.025" } });
    expect(costScenario(inputs, disability)[0]!.eligiblePopulation).toBe("2350");
    const maternity = childBenefit({ targetGroup: { kind: "mothers_of_newborns", eligibleShare: "0.9" } });
    expect(costScenario(inputs, maternity)[0]!.eligiblePopulation).toBe("1800");
  });

  it("refuses a horizon before the base year or more than 15 years after it", () => {
    expect(() => costScenario(costingInputs({ baseYear: 2025, horizonYear: 2041 }), childBenefit())).toThrow(AppError);
    expect(() => costScenario(costingInputs({ baseYear: 2025, horizonYear: 2024 }), childBenefit())).toThrow(AppError);
    expect(costScenario(costingInputs({ baseYear: 2025, horizonYear: 2040 }), childBenefit())).toHaveLength(16);
  });
});
