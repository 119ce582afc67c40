import { describe, expect, it } from "vitest";
import { completenessOf, countByState, shareOnTime } from "./completeness-state";

const due = "2026-03-31";
const at = (iso: string) => new Date(iso);

describe("a country's standing in a round", () => {
  it("is on time when submitted by the due date (the due date included), and stays so once accepted or reopened", () => {
    expect(completenessOf({ status: "submitted", submittedAt: at("2026-03-31T23:59:00Z") }, due, "2026-04-10")).toBe("on_time");
    expect(completenessOf({ status: "accepted", submittedAt: at("2026-03-02T10:00:00Z") }, due, "2026-04-10")).toBe("on_time");
    expect(completenessOf({ status: "reopened", submittedAt: at("2026-03-02T10:00:00Z") }, due, "2026-04-10")).toBe("on_time");
  });
  it("is late when submitted after the due date, accepted or not", () => {
    expect(completenessOf({ status: "submitted", submittedAt: at("2026-04-01T00:00:00Z") }, due, "2026-04-10")).toBe("late");
    expect(completenessOf({ status: "accepted", submittedAt: at("2026-04-05T00:00:00Z") }, due, "2026-04-10")).toBe("late");
  });
  it("is returned while a reviewer's return waits for a new submission", () => {
    expect(completenessOf({ status: "returned", submittedAt: at("2026-03-02T10:00:00Z") }, due, "2026-04-10")).toBe("returned");
  });
  it("is missing once past due with nothing submitted, a draft included, and pending before", () => {
    expect(completenessOf(null, due, "2026-04-01")).toBe("missing");
    expect(completenessOf({ status: "draft", submittedAt: null }, due, "2026-04-01")).toBe("missing");
    expect(completenessOf(null, due, "2026-03-31")).toBe("pending");
    expect(completenessOf({ status: "draft", submittedAt: null }, due, "2026-03-01")).toBe("pending");
  });
  it("counts the states, and the share on time leaves out what is not due yet", () => {
    const counts = countByState(["on_time", "late", "missing", "pending", "on_time"]);
    expect(counts).toEqual({ on_time: 2, late: 1, returned: 0, missing: 1, pending: 1 });
    expect(shareOnTime(counts)).toBe(0.5);
    expect(shareOnTime(countByState(["pending"]))).toBeNull();
  });
});
