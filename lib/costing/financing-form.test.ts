import { describe, expect, it } from "vitest";
import { financingFormSchema } from "@/lib/validation/costing-scenarios";
import { financingFormRows, financingFromForm } from "./financing-form";

describe("the financing form", () => {
  it("has a cell per kind of every year, in one order, filled from what is stored; 0 without a source shows blank", () => {
    const cells = financingFormRows(
      [2025, 2026],
      [
        { year: 2026, kind: "external", amount: "5000", source: "World Bank loan" },
        { year: 2025, kind: "reallocation", amount: "0", source: "" },
        { year: 2025, kind: "new_revenue", amount: "0", source: "Tobacco tax law, not yet passed" },
        { year: 2031, kind: "contributions", amount: "9", source: "Outside the frame" },
      ],
    );
    expect(cells.map((cell) => `${cell.year} ${cell.kind}`)).toEqual([
      "2025 reallocation",
      "2025 new_revenue",
      "2025 contributions",
      "2025 external",
      "2026 reallocation",
      "2026 new_revenue",
      "2026 contributions",
      "2026 external",
    ]);
    expect(cells[0]).toEqual({ year: 2025, kind: "reallocation", amount: "", source: "" });
    expect(cells[1]).toEqual({ year: 2025, kind: "new_revenue", amount: "0", source: "Tobacco tax law, not yet passed" });
    expect(cells[7]).toEqual({ year: 2026, kind: "external", amount: "5000", source: "World Bank loan" });
  });

  it("sends a blank amount as 0, so every cell sets its year and kind, and keeps the cells' numbers for their errors", () => {
    const form = {
      countryCode: "MZ",
      version: "4",
      packageId: "6f1c3c1e-8c1a-4a8e-9a57-3a1f0a6b2c11",
      rows: [
        { year: "2025", kind: "reallocation", amount: " ", source: "" },
        { year: "2025", kind: "new_revenue", amount: "1 000", source: "VAT" },
        { year: "2025", kind: "external", amount: "-3", source: "" },
      ],
    };
    expect(financingFromForm(form)).toMatchObject({ rows: [{ amount: "0" }, { amount: "1 000" }, { amount: "-3" }] });
    const checked = financingFormSchema.safeParse(form);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => issue.path.join("."))).toEqual(["rows.2.amount"]);
    expect(financingFormSchema.parse({ ...form, rows: form.rows.slice(0, 2) }).rows).toEqual([
      { year: 2025, kind: "reallocation", amount: "0", source: "" },
      { year: 2025, kind: "new_revenue", amount: "1000", source: "VAT" },
    ]);
  });

  it("leaves what is not a form's rows to the schema to refuse", () => {
    for (const input of [null, "rows", { rows: "none" }, { rows: [null, 3] }]) expect(financingFromForm(input)).toEqual(input);
  });
});
