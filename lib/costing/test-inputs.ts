/** For the costing model's tests and bench: inputs and scenarios built from a few figures. */
import type { BenefitScenario, CostingInputs, PopulationFigure, Sex, YearFigures } from "./types";

/** Single ages 0 to `lastAge` and an open group after it, `perAge` persons each, for each sex and year. */
export function singleAges(years: number[], perAge: Record<Sex, string>, lastAge = 99): PopulationFigure[] {
  return years.flatMap((year) =>
    (["female", "male"] as const).flatMap((sex) => [
      ...Array.from({ length: lastAge + 1 }, (_, age) => ({ year, sex, ageFrom: age, ageTo: age, population: perAge[sex] })),
      { year, sex, ageFrom: lastAge + 1, ageTo: null, population: perAge[sex] },
    ]),
  );
}

export function yearsFrom(baseYear: number, horizonYear: number): number[] {
  return Array.from({ length: horizonYear - baseYear + 1 }, (_, index) => baseYear + index);
}

export function costingInputs(overrides: Partial<CostingInputs> & { figures?: Omit<YearFigures, "year"> } = {}): CostingInputs {
  const { figures = { gdp: "1000000000000", governmentExpenditure: "200000000000", inflation: "0.03", povertyLine: "30000" }, ...rest } = overrides;
  const baseYear = rest.baseYear ?? 2025;
  const horizonYear = rest.horizonYear ?? 2030;
  return {
    baseYear,
    horizonYear,
    currency: "THB",
    population: singleAges(yearsFrom(baseYear, horizonYear), { female: "1000", male: "1000" }),
    years: yearsFrom(baseYear, horizonYear).map((year) => ({ year, ...figures })),
    ...rest,
  };
}

export function childBenefit(overrides: Partial<BenefitScenario> = {}): BenefitScenario {
  return {
    id: "child-benefit",
    targetGroup: { kind: "ages", ageFrom: 0, ageTo: 3, sex: "all", eligibleShare: "1" },
    benefit: { kind: "monthly_amount", amount: "400", indexation: "none" },
    takeUp: { startShare: "1", targetShare: "1", targetYear: 2025 },
    administrativeCost: { convention: "on_top_of_benefits", rate: "0" },
    ...overrides,
  };
}
