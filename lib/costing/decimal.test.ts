import { describe, expect, it } from "vitest";
import { Decimal, figureText, readFigure, roundedForDisplay } from "./decimal";

describe("the model's figures", () => {
  it("reads plain decimals only: a missing figure and one that is not a number are told apart", () => {
    expect(readFigure(" 2393000.50 ")).toEqual({ kind: "value", value: new Decimal("2393000.5") });
    expect(readFigure(undefined)).toEqual({ kind: "missing" });
    expect(readFigure("")).toEqual({ kind: "missing" });
    for (const text of ["1e5", "Infinity", "NaN", "1,5", "abc", "--1"]) expect(readFigure(text)).toEqual({ kind: "invalid" });
  });

  it("writes results in plain notation, however large or small", () => {
    expect(figureText(new Decimal("1e25"))).toBe("10000000000000000000000000");
    expect(figureText(new Decimal("1e-9"))).toBe("0.000000001");
    expect(figureText(new Decimal("-0"))).toBe("0");
  });

  it("rounds only for display, half away from zero", () => {
    expect(roundedForDisplay("7236432000.5", 0)).toBe("7236432001");
    expect(roundedForDisplay("0.0007236432", 4)).toBe("0.0007");
    expect(roundedForDisplay("-2.5", 0)).toBe("-3");
  });
});
