import { describe, expect, it } from "vitest";
import { neutraliseCsvText, neutraliseText, restoreNeutralised, restoreNeutralisedCsv } from "./neutralise";

describe("formula neutralisation", () => {
  it("prefixes text a spreadsheet would run as a formula, and nothing else", () => {
    for (const text of ["=SUM(A1:A2)", "+33 1 23", "-5", "@cmd", "\t=1", "\r=1"]) expect(neutraliseText(text)).toBe(`'${text}`);
    for (const text of ["Étude", "5-year plan", "", "'quoted", "a=b"]) expect(neutraliseText(text)).toBe(text);
  });

  it("is undone by the import, exactly", () => {
    for (const text of ["=SUM(A1:A2)", "-5", "@cmd", "\t=1", "plain", "'quoted", "'=kept as typed once"]) {
      expect(restoreNeutralised(neutraliseText(text))).toBe(text);
    }
  });
});

describe("formula neutralisation in CSV", () => {
  it("guards every cell a semicolon spreadsheet would make of the text: after each semicolon and line break", () => {
    expect(neutraliseCsvText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(neutraliseCsvText('See annex;=HYPERLINK("http://x")')).toBe(`See annex;'=HYPERLINK("http://x")`);
    expect(neutraliseCsvText("first line\n@SUM(1)\r\n-2")).toBe("first line\n'@SUM(1)\r\n'-2");
    expect(neutraliseCsvText('a;"=cmd"')).toBe(`a;'"=cmd"`);
    for (const text of ["a; b", "5-year plan; 2 steps", "Étude", ""]) expect(neutraliseCsvText(text)).toBe(text);
  });

  it("guards exactly where the rule says, whatever the text: every text of up to four characters from the risky ones", () => {
    // The rule, written out alone: the quick check that skips most text must never skip a place it would guard.
    const rule = (text: string) => text.replace(/(^|[;\n\r])(?='*"*[=+\-@\t\r])/g, "$1'");
    const characters = ["a", " ", ";", "\n", "\r", "'", '"', "=", "+", "-", "@", "\t"];
    let texts = [""];
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((text) => characters.map((character) => text + character));
      for (const text of texts) expect(neutraliseCsvText(text), JSON.stringify(text)).toBe(rule(text));
    }
  });

  it("is undone by the import, exactly", () => {
    for (const text of ["=1;=2\n=3", "a;'=b", "\r\r=", "''-x;''@y", "plain; text", 'a;"=cmd"', "'quoted;'again"]) {
      expect(restoreNeutralisedCsv(neutraliseCsvText(text))).toBe(text);
    }
  });
});
