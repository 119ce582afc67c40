/** The roadmap's time axis: whole months around the days shown, ticks that thin out as the plan grows longer. */
import { describe, expect, it } from "vitest";
import { daysBetween, roadmapScale } from "./roadmap-scale";

describe("the roadmap's time axis", () => {
  it("runs from the first month's first day to the day after the last month", () => {
    const scale = roadmapScale(["2026-02-14", "2026-09-30", "2026-05-01"], 100, 900);
    expect(scale.first).toBe("2026-02-01");
    expect(scale.last).toBe("2026-10-01");
    expect(scale.x("2026-02-01")).toBe(100);
    expect(scale.x("2026-10-01")).toBe(900);
  });

  it("keeps a day outside the range at its edge", () => {
    const scale = roadmapScale(["2026-02-14", "2026-09-30"], 100, 900);
    expect(scale.x("2020-01-01")).toBe(100);
    expect(scale.x("2030-01-01")).toBe(900);
  });

  it("widens a plan within one month to three", () => {
    const scale = roadmapScale(["2026-01-10", "2026-01-20"], 0, 300);
    expect(scale.first).toBe("2025-12-01");
    expect(scale.last).toBe("2026-03-01");
  });

  it("ticks every month over a year, every quarter over three, every year over ten", () => {
    expect(roadmapScale(["2026-01-05", "2026-12-05"], 0, 600).tickMonths).toBe(1);
    const quarters = roadmapScale(["2025-01-05", "2027-11-05"], 0, 600);
    expect(quarters.tickMonths).toBe(3);
    expect(quarters.ticks.map((tick) => tick.day).slice(0, 5)).toEqual(["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01"]);
    expect(quarters.ticks.filter((tick) => tick.yearStart).map((tick) => tick.day)).toEqual(["2025-01-01", "2026-01-01", "2027-01-01"]);
    expect(roadmapScale(["2020-03-05", "2029-11-05"], 0, 600).tickMonths).toBe(12);
  });

  it("names the year on the first tick even mid-year", () => {
    const scale = roadmapScale(["2026-07-05", "2027-03-05"], 0, 600);
    expect(scale.ticks[0]).toEqual({ day: "2026-07-01", yearStart: true });
    expect(scale.ticks[1]).toEqual({ day: "2026-08-01", yearStart: false });
  });

  it("counts whole days between two dates, either way", () => {
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-31", "2026-03-01")).toBe(-30);
  });
});
