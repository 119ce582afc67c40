import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withValues } from "@/lib/validation/zod";
import { parsePopulationCsv, populationCsvLimits } from "./population-csv";

const wppLike = [
  "Location,ISO3,Time,Sex,AgeGrp,Value",
  "Mozambique,MOZ,2025,Female,0,531204",
  "Mozambique,MOZ,2025,Male,0,541880",
  "Mozambique,MOZ,2025,Both sexes,0,1073084",
  "Mozambique,MOZ,2025,F,1-4,2004411.5",
  "Mozambique,MOZ,2025,M,80+,70300",
  "",
].join("\n");

describe("reading population figures from CSV", () => {
  it("reads a layout like the World Population Prospects': any order, other columns ignored, both sexes left out and counted", () => {
    expect(parsePopulationCsv(wppLike)).toEqual({
      rows: [
        { year: 2025, sex: "female", ageFrom: 0, ageTo: 0, population: "531204" },
        { year: 2025, sex: "male", ageFrom: 0, ageTo: 0, population: "541880" },
        { year: 2025, sex: "female", ageFrom: 1, ageTo: 4, population: "2004411.5" },
        { year: 2025, sex: "male", ageFrom: 80, ageTo: null, population: "70300" },
      ],
      problems: [],
      ignoredLines: 1,
    });
  });

  it("reads a French spreadsheet's CSV: semicolons, a decimal comma, spaces between thousands, headers in French, figures in thousands", () => {
    const text = "\ufeffAnnée;Sexe;Âge;Population (milliers)\n2025;Femmes;0-4;2 004,4115\n2025;Hommes;80 +;70,3\n";
    expect(parsePopulationCsv(text).rows).toEqual([
      { year: 2025, sex: "female", ageFrom: 0, ageTo: 4, population: "2004411.5" },
      { year: 2025, sex: "male", ageFrom: 80, ageTo: null, population: "70300" },
    ]);
  });

  it("names the line and column of every cell it cannot read", () => {
    const text = ["year,sex,age,population", "25,female,0,10", "2025,other,0,10", "2025,male,seven,10", "2025,male,9-5,10", "2025,male,200,10", "2025,female,1,1e5", "2025,female,2,-10", "2025,female,3,\"2,393,000\"", "2025,female,4,1234567890123", "2025,female,5,1.23456"].join("\n");
    const { rows, problems } = parsePopulationCsv(text);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 2, column: "year", message: "costingRules.populationCsv.year" },
      { line: 3, column: "sex", message: "costingRules.populationCsv.sex" },
      { line: 4, column: "age", message: "costingRules.populationCsv.age?maximum=150" },
      { line: 5, column: "age", message: "costingRules.populationCsv.ageOrder" },
      { line: 6, column: "age", message: "costingRules.populationCsv.age?maximum=150" },
      { line: 7, column: "population", message: "costingRules.populationCsv.population" },
      { line: 8, column: "population", message: "costingRules.populationCsv.populationNegative" },
      { line: 9, column: "population", message: "costingRules.populationCsv.population" },
      { line: 10, column: "population", message: "costingRules.populationCsv.populationRange" },
      { line: 11, column: "population", message: "costingRules.populationCsv.populationRange" },
    ]);
  });

  it("refuses the same year, sex and age twice, and groups that share ages, on the later line", () => {
    const text = ["year,sex,age,population", "2025,female,0-4,10", "2025,female,0-4,10", "2025,female,3,1", "2025,male,80+,5", "2025,male,85-89,5", "2026,female,0-4,10"].join("\n");
    expect(parsePopulationCsv(text).problems).toEqual([
      { line: 3, column: "age", message: "costingRules.populationCsv.duplicate?line=2" },
      { line: 4, column: "age", message: "costingRules.populationCsv.overlap?line=2" },
      { line: 6, column: "age", message: "costingRules.populationCsv.overlap?line=5" },
    ]);
  });

  it("says what is wrong with a file it cannot read as population figures", () => {
    const fileProblem = (text: string) => parsePopulationCsv(text).problems;
    expect(fileProblem("")).toEqual([{ line: 1, column: null, message: "import.fileEmpty" }]);
    expect(fileProblem("year,sex,age,population\n\n")).toEqual([{ line: 1, column: null, message: "import.noRows" }]);
    expect(fileProblem("year,sex,population\n2025,f,1")).toEqual([{ line: 1, column: null, message: "import.missingColumns?columns=age" }]);
    expect(fileProblem('year,sex,age,population\n2025,"female,0,1\n')).toEqual([{ line: 2, column: null, message: "import.csvMalformed?line=2" }]);
  });

  it("checks the length before parsing, and parses no more rows than it allows", () => {
    expect(parsePopulationCsv("x".repeat(populationCsvLimits.maxCharacters + 1)).problems).toEqual([{ line: 1, column: null, message: "import.fileTooLarge?maximum=2" }]);
    const rows = Array.from({ length: populationCsvLimits.maxRows + 1 }, (_, index) => `2025,female,${index % 100},1`);
    expect(parsePopulationCsv(["year,sex,age,population", ...rows].join("\n")).problems).toEqual([{ line: 1, column: null, message: "import.tooManyRows?maximum=10000" }]);
  });
});

/**
 * Real published files (`../shared/real-data/`, read in place, never copied in; REAL_DATA_DIR names another place).
 * None holds population counts: they show how the parser answers files people will bring by mistake.
 */
const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
describe.skipIf(!fs.existsSync(realData))("real published files that are not population figures", () => {
  const read = (name: string) => parsePopulationCsv(fs.readFileSync(path.join(realData, name), "utf8"));

  it("Armstat's SDG 1.3.1 file has year, sex, age and value columns, but shares and age bands in words: every line is refused, none read", () => {
    const { rows, problems, ignoredLines } = read("sdg-1-3-1-armenia-armstat.csv");
    expect(rows).toEqual([]);
    expect(ignoredLines).toBe(0);
    const lines = new Set(problems.map((problem) => problem.line));
    expect(lines.size).toBe(fs.readFileSync(path.join(realData, "sdg-1-3-1-armenia-armstat.csv"), "utf8").trim().split("\n").length - 1);
    expect(problems).toContainEqual({ line: 2, column: "sex", message: "costingRules.populationCsv.sex" });
  });

  it("ILOSTAT's files lack the age and population columns", () => {
    expect(read("ilostat-sdg-1-3-1-ddf-extract-afg-ago-arm.csv").problems).toEqual([{ line: 1, column: null, message: withValues("import.missingColumns", { columns: "age, population" }) }]);
    expect(read("ilostat-earnings-EAR_4MTH_SEX_GEO_CUR_NB_A-extract.csv").problems).toEqual([
      { line: 1, column: null, message: withValues("import.missingColumns", { columns: "sex, age, population" }) },
    ]);
  });
});
