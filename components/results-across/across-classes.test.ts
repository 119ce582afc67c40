/** The results across countries: percentages in fifths, counts at rounded quintiles, and the table's three sorts. */
import { describe, expect, it } from "vitest";
import { type AcrossRow, sortAcross, valueBreaks } from "./across-classes";

const row = (countryCode: string, name: string, value: string, period: string, periodStart: string, periodEnd: string): AcrossRow => ({
  countryCode,
  name,
  countryName: { en: name },
  region: "africa",
  countryIndicatorId: countryCode,
  period,
  periodStart,
  periodEnd,
  value,
  source: "",
  origin: "typed",
  obsStatus: null,
});

describe("the map's classes", () => {
  it("cuts percentages in fifths whatever the values", () => {
    expect(valueBreaks("percent", [3.1, 4.2])).toEqual([20, 40, 60, 80]);
    expect(valueBreaks("percent", [])).toEqual([20, 40, 60, 80]);
  });

  it("cuts counts at their quintiles, rounded to two figures, each above the smallest value", () => {
    const values = [120_345, 480_000, 1_234_567, 2_600_000, 5_900_000, 9_100_000, 15_000_000, 33_000_000, 41_000_000, 80_000_000];
    expect(valueBreaks("persons", values)).toEqual([1_200_000, 5_900_000, 15_000_000, 41_000_000]);
    // Few or equal values: fewer classes, never an empty first one.
    expect(valueBreaks("thousand_persons", [459.8])).toEqual([]);
    expect(valueBreaks("number", [7, 7, 7])).toEqual([]);
    expect(valueBreaks("number", [1, 50])).toEqual([50]);
  });
});

describe("the table's sort", () => {
  const rows = [
    row("TG", "Togo", "20.3", "2021", "2021-01-01", "2021-12-31"),
    row("BJ", "Bénin", "11.6", "2020", "2020-01-01", "2020-12-31"),
    row("KZ", "Kazakhstan", "9.5", "2016/17", "2016-07-01", "2017-06-30"),
    row("BF", "Burkina Faso", "11.6", "2020", "2020-01-01", "2020-12-31"),
  ];
  const codes = (sorted: AcrossRow[]) => sorted.map((entry) => entry.countryCode);

  it("sorts by name in the reader's language, by value as a number, and by period's end, ties by name", () => {
    expect(codes(sortAcross(rows, "country", "asc", "fr"))).toEqual(["BJ", "BF", "KZ", "TG"]);
    expect(codes(sortAcross(rows, "value", "asc", "fr"))).toEqual(["KZ", "BJ", "BF", "TG"]);
    expect(codes(sortAcross(rows, "value", "desc", "fr"))).toEqual(["TG", "BJ", "BF", "KZ"]);
    expect(codes(sortAcross(rows, "period", "asc", "fr"))).toEqual(["KZ", "BJ", "BF", "TG"]);
  });
});

describe("a count's breaks", () => {
  it("leave the value each is taken from in the class it opens, so the largest value is in the top class", () => {
    const values = [459.8, 1250];
    const breaks = valueBreaks("thousand_persons", values);
    expect(breaks).toEqual([1200]);
    expect(values.map((value) => breaks.filter((edge) => value >= edge).length)).toEqual([0, 1]);
  });
});
