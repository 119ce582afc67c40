import { describe, expect, it } from "vitest";
import { neutraliseText, restoreNeutralised } from "./neutralise";

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
