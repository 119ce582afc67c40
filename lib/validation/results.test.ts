import { describe, expect, it } from "vitest";
import { checkInput } from "./parse";
import { editCountryIndicatorSchema, normalizeFigure, periodOfLabel, recordValueSchema } from "./results";

const id = "0b8e2a4e-3f57-4c1b-9d7a-6f1e2d3c4b5a";

describe("a period's dates from its label", () => {
  it("a year is the calendar year; a two-year span (a fiscal year) is taken whole, in any of the ways offices write it", () => {
    expect(periodOfLabel("2020")).toEqual({ periodStart: "2020-01-01", periodEnd: "2020-12-31" });
    for (const label of ["2016/17", "2016/2017", "2016-17"]) expect(periodOfLabel(label)).toEqual({ periodStart: "2016-01-01", periodEnd: "2017-12-31" });
    expect(periodOfLabel("1999/00")).toEqual({ periodStart: "1999-01-01", periodEnd: "2000-12-31" });
  });

  it("anything else has no dates of its own", () => {
    for (const label of ["2016/19", "Q3 2019", "2019-2021", "FY2020", "20"]) expect(periodOfLabel(label)).toBeNull();
  });
});

describe("a value as a form sends it", () => {
  it("is dated from its label, its figure in one exact form, the total unless a sex is named", () => {
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "2016/17", value: " 1 250.500 " }).data).toMatchObject({
      periodStart: "2016-01-01",
      periodEnd: "2017-12-31",
      sex: "total",
      value: "1250.5",
    });
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "Q3 2019", periodStart: "2019-07-01", periodEnd: "2019-09-30", value: "-0.50" }).data).toMatchObject({
      periodStart: "2019-07-01",
      value: "-0.5",
    });
  });

  it("says on the field what is wrong: an undated label, an end before the start, a comma, five decimals", () => {
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "Q3 2019", value: "1" }).errors).toEqual({ periodStart: "resultsRules.periodDatesRequired" });
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "2019", periodStart: "2019-07-01", periodEnd: "2019-06-30", value: "1" }).errors).toEqual({
      periodEnd: "validation.endBeforeStart",
    });
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "2019", value: "12,5" }).errors).toEqual({ value: "resultsRules.figure" });
    expect(checkInput(recordValueSchema, { countryIndicatorId: id, period: "2019", value: "0.00001" }).errors).toEqual({ value: "resultsRules.figure" });
  });
});

describe("a followed indicator's edit", () => {
  it("drops blank target rows, refuses a year twice and a baseline without its year", () => {
    const edit = { id, version: "1", baselineValue: "12", baselineYear: "2019", targets: [{ year: "", value: "" }, { year: "2030", value: "40" }] };
    expect(checkInput(editCountryIndicatorSchema, edit).data).toMatchObject({ targets: [{ year: 2030, value: "40" }], countryStepIds: [] });
    expect(checkInput(editCountryIndicatorSchema, { ...edit, targets: [{ year: "2030", value: "40" }, { year: "2030", value: "50" }] }).errors).toEqual({
      "targets.1.year": "resultsRules.targetYearTwice",
    });
    expect(checkInput(editCountryIndicatorSchema, { ...edit, baselineYear: "" }).errors).toEqual({ baselineYear: "resultsRules.baselineNeedsYear" });
  });
});

it("figures compare in one form", () => {
  expect(["007.50", "-0.000", "100", "0.1000"].map(normalizeFigure)).toEqual(["7.5", "0", "100", "0.1"]);
});
