import { describe, expect, it } from "vitest";
import { daysBetween, isLate, judgeStep, utcToday } from "./plan-arithmetic";

const today = "2027-06-15";

describe("a step against its plan", () => {
  it("counts calendar days across months, leap days and years", () => {
    expect(daysBetween("2027-05-31", "2027-06-15")).toBe(15);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2027-06-15", "2027-06-01")).toBe(-14);
    expect(utcToday(new Date("2027-06-15T23:30:00-05:00"))).toBe("2027-06-16");
  });

  it("a completed step slips by its actual end against its planned end, early or late", () => {
    expect(judgeStep({ status: "completed", plannedEnd: "2027-03-31", actualEnd: "2027-04-10" }, today)).toEqual({ state: "done", slippageDays: 10, baselineSlippageDays: null });
    expect(judgeStep({ status: "completed", plannedEnd: "2027-03-31", actualEnd: "2027-03-21" }, today)).toMatchObject({ state: "done", slippageDays: -10 });
    expect(judgeStep({ status: "completed", plannedEnd: null, actualEnd: "2027-03-21" }, today)).toMatchObject({ state: "done", slippageDays: null });
    expect(judgeStep({ status: "not_applicable", plannedEnd: "2027-03-31", actualEnd: null }, today)).toMatchObject({ state: "done", slippageDays: null });
  });

  it("an open step is behind by the days since its planned end, on track (0) until then, not planned without an end", () => {
    expect(judgeStep({ status: "in_progress", plannedEnd: "2027-05-31", actualEnd: null }, today)).toMatchObject({ state: "behind", slippageDays: 15 });
    expect(judgeStep({ status: "not_started", plannedEnd: "2027-06-14", actualEnd: null }, today)).toMatchObject({ state: "behind", slippageDays: 1 });
    expect(judgeStep({ status: "in_progress", plannedEnd: today, actualEnd: null }, today)).toMatchObject({ state: "on_track", slippageDays: 0 });
    expect(judgeStep({ status: "not_started", plannedEnd: null, actualEnd: null }, today)).toMatchObject({ state: "not_planned", slippageDays: null });
  });

  it("against a baseline, the slippage is how far the planned end moved", () => {
    expect(judgeStep({ status: "in_progress", plannedEnd: "2027-06-20", actualEnd: null, baselineEnd: "2027-05-31" }, today)).toEqual({ state: "on_track", slippageDays: 0, baselineSlippageDays: 20 });
    expect(judgeStep({ status: "in_progress", plannedEnd: "2027-05-01", actualEnd: null, baselineEnd: "2027-05-31" }, today)).toMatchObject({ baselineSlippageDays: -30 });
    expect(judgeStep({ status: "in_progress", plannedEnd: null, actualEnd: null, baselineEnd: "2027-05-31" }, today)).toMatchObject({ baselineSlippageDays: null });
  });

  it("a planned milestone is late once its day has passed unlogged", () => {
    expect(isLate("2027-06-14", false, today)).toBe(true);
    expect(isLate(today, false, today)).toBe(false);
    expect(isLate("2027-06-14", true, today)).toBe(false);
  });
});
