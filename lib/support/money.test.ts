import { describe, expect, it } from "vitest";
import { addAmounts, normalizeAmount, sameAmount } from "./money";

describe("exact amounts", () => {
  it("writes one canonical form for an amount, without ever going through a float", () => {
    expect(normalizeAmount("001250.5000")).toBe("1250.5");
    expect(normalizeAmount("0.0000")).toBe("0");
    expect(normalizeAmount("1000")).toBe("1000");
    expect(normalizeAmount("9999999999999999.9999")).toBe("9999999999999999.9999");
  });

  it("compares the stored and the typed form of one amount as equal", () => {
    expect(sameAmount("1250.5000", "1250.50")).toBe(true);
    expect(sameAmount("9007199254740993.0000", "9007199254740992")).toBe(false);
    expect(sameAmount(null, null)).toBe(true);
    expect(sameAmount("1", null)).toBe(false);
  });
});

describe("addAmounts", () => {
  it("adds exactly, where floats would not", () => {
    expect(addAmounts("0.1", "0.2")).toBe("0.3");
    expect(addAmounts("1234567890123.4567", "0.0001")).toBe("1234567890123.4568");
    expect(addAmounts("150000.5", "0")).toBe("150000.5");
  });
});
