import { describe, expect, it } from "vitest";
import { importSummaryOf, importSummaryQuery, lineProblems, yearRangesOf } from "./import-summary";

const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

describe("what an import did, carried in the address it leads to", () => {
  it("writes the years as ranges of consecutive years", () => {
    expect(yearRangesOf([2025, 2026, 2027, 2030, 2032, 2033])).toBe("2025-2027,2030,2032-2033");
    expect(yearRangesOf([2026])).toBe("2026");
    expect(yearRangesOf([])).toBe("");
  });

  it("reads back the years replaced, the rows read and the rows left out", () => {
    const text = importSummaryQuery({ years: [2025, 2026, 2027, 2030], rows: 808, ignoredLines: 404 });
    expect(importSummaryOf({ done: "imported", ...query(text) })).toEqual({ years: "2025–2027, 2030", rows: 808, ignoredLines: 404 });
  });

  it("leaves out the years of a file too scattered to name in an address", () => {
    const scattered = Array.from({ length: 100 }, (_, index) => 2000 + index * 2);
    const text = importSummaryQuery({ years: scattered, rows: 200, ignoredLines: 0 });
    expect(text).not.toContain("years");
    expect(importSummaryOf(query(text))).toEqual({ years: null, rows: 200, ignoredLines: 0 });
  });

  it("reads nothing from an address typed by hand", () => {
    expect(importSummaryOf({})).toBeNull();
    expect(importSummaryOf({ rows: "many", ignored: "0" })).toBeNull();
    expect(importSummaryOf({ rows: "12", ignored: ["0", "1"] })).toBeNull();
    expect(importSummaryOf({ rows: "12", ignored: "0", years: "<b>2025</b>" })).toEqual({ years: null, rows: 12, ignoredLines: 0 });
  });
});

describe("a refused file's problems", () => {
  it("lists the cells' problems by line, then in the file's column order, leaving the file's own aside", () => {
    const problems = lineProblems({
      file: "The file has 4 problems",
      "lines.12.population": "Enter the number of persons",
      "lines.3.sex": "Enter female or male",
      "lines.12.age": "Enter an age",
      "lines.3.year": "Enter a year",
      "lines.x.year": "not a line",
      "lines.4.country": "not a column",
    });
    expect(problems).toEqual([
      { line: 3, column: "year", message: "Enter a year" },
      { line: 3, column: "sex", message: "Enter female or male" },
      { line: 12, column: "age", message: "Enter an age" },
      { line: 12, column: "population", message: "Enter the number of persons" },
    ]);
    expect(lineProblems(undefined)).toEqual([]);
  });
});
