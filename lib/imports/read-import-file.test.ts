import { describe, expect, it } from "vitest";
import { cellText } from "./read-import-file";

describe("reading a spreadsheet cell", () => {
  it("keeps a date cell out of range as text, so the row is refused instead of the whole file failing (found by fuzzing)", () => {
    expect(cellText(new Date(Number.NaN))).toBe("Invalid Date");
    expect(cellText(new Date(Date.UTC(2026, 1, 1)))).toBe("2026-02-01");
  });
});
