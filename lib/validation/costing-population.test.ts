import { describe, expect, it } from "vitest";
import { setPopulationSchema } from "./costing";
import { checkInput } from "./parse";

/** A year's groups as the form posts them: strings, spare rows wholly blank. */
const form = (groups: Record<string, string>[]) => ({ countryCode: "MZ", version: "3", year: "2026", groups });
const row = (ageFrom: string, ageTo: string, female: string, male: string) => ({ ageFrom, ageTo, female, male });
const spare = row("", "", "", "");

describe("a year's population typed in a form", () => {
  it("leaves out the spare rows left blank, wherever they are", () => {
    const { data } = checkInput(setPopulationSchema, form([row("0", "4", "2 400 000", "2 395 000"), spare, row("5", "", "9 000 000", "8 900 000"), spare]));
    expect(data?.groups).toEqual([
      { ageFrom: 0, ageTo: 4, female: "2400000", male: "2395000" },
      { ageFrom: 5, ageTo: null, female: "9000000", male: "8900000" },
    ]);
  });

  it("reads a form of spare rows only as clearing the year", () => {
    expect(checkInput(setPopulationSchema, form([spare, spare])).data?.groups).toEqual([]);
  });

  it("names each problem by the row it is on, counting the spare rows before it", () => {
    expect(checkInput(setPopulationSchema, form([row("0", "4", "10", "10"), spare, row("5", "9", "10", ""), row("", "", "5", "5")])).errors).toEqual({
      "groups.2.male": "validation.required",
      "groups.3.ageFrom": "validation.required",
    });
    expect(checkInput(setPopulationSchema, form([row("0", "4", "10", "10"), spare, row("3", "9", "10", "10"), row("20", "15", "1", "1")])).errors).toEqual({
      "groups.2.ageFrom": "costingRules.populationGroupsOverlap",
      "groups.3.ageTo": "costingRules.populationCsv.ageOrder",
    });
  });

  it("still takes the JSON API's numbers", () => {
    const { data } = checkInput(setPopulationSchema, { countryCode: "MZ", version: 3, year: 2026, groups: [{ ageFrom: 0, ageTo: null, female: "1", male: "2" }] });
    expect(data?.groups).toEqual([{ ageFrom: 0, ageTo: null, female: "1", male: "2" }]);
  });
});
