import { describe, expect, it } from "vitest";
import { amountSchema } from "@/lib/validation/support";
import { inflationSchema } from "@/lib/validation/costing";
import { typedAmount, typedPercentage } from "./typed-figures";

describe("stored figures shown to be typed again", () => {
  it("groups an amount's thousands with spaces, keeping its decimals", () => {
    expect(typedAmount("1250000000000.5")).toBe("1 250 000 000 000.5");
    expect(typedAmount("27000")).toBe("27 000");
    expect(typedAmount("999")).toBe("999");
    expect(typedAmount("0.25")).toBe("0.25");
    expect(typedAmount(null)).toBe("");
  });

  it("gives inflation as the percentage typed for its rate", () => {
    expect(typedPercentage("0.035")).toBe("3.5");
    expect(typedPercentage("-0.008")).toBe("-0.8");
    expect(typedPercentage("0.123456")).toBe("12.3456");
    expect(typedPercentage("10")).toBe("1000");
    expect(typedPercentage("0")).toBe("0");
    expect(typedPercentage(null)).toBe("");
  });

  it("reads back, through the forms' own schemas, as the figure it came from", () => {
    for (const amount of ["1250000000000.5", "27000", "0.0001"]) expect(amountSchema({ positive: true }).parse(typedAmount(amount))).toBe(amount);
    for (const rate of ["0.035", "-0.008", "0.123456", "10"]) expect(inflationSchema.parse(typedPercentage(rate))).toBe(rate);
  });
});
