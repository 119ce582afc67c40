/** The counting rule on flow rows, without a database: pledges apart, a pass-through left out, groups, exact sums. */
import { describe, expect, it } from "vitest";
import { rateTableOf } from "@/lib/funding/conversion";
import { countFunding } from "./count-funding";
import type { FlowRow } from "./flows";

const table = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 366 }, [
  { currency: "EUR", baseCurrency: "USD", period: "month", periodStart: "2026-01-01", rate: "0.9", source: "Test" },
]);

const row = (overrides: Partial<FlowRow>): FlowRow => ({
  entryId: "giver",
  region: "africa",
  agencyId: "unicef",
  agencyAcronym: "UNICEF",
  stepIds: ["costing"],
  type: "committed",
  amount: "90",
  currency: "EUR",
  valueDate: "2026-02-01",
  passedOnFrom: null,
  passedOnByOthers: false,
  ...overrides,
});

describe("countFunding", () => {
  const rows = [
    row({ passedOnByOthers: true }),
    row({ type: "pledged", amount: "900" }),
    row({ entryId: "receiver", agencyId: "ilo", agencyAcronym: "ILO", amount: "45", passedOnFrom: "giver", stepIds: ["costing", "assessment"] }),
    row({ entryId: "other", agencyId: "ilo", agencyAcronym: "ILO", currency: "USD", amount: "10.005", stepIds: [] }),
    row({ entryId: "old", currency: "XOF", amount: "1000", stepIds: [] }),
  ];
  const groups = countFunding(rows, table, (flow) => ["all", `agency:${flow.agencyAcronym}`, ...flow.stepIds.map((step) => `step:${step}`)]);

  it("counts committed money as funded and pledges apart, converted exactly, the pass-through left out and named", () => {
    const all = groups.get("all")!;
    expect(all.perCurrency).toEqual([
      { currency: "EUR", pledged: "900", committed: "90", disbursed: "0", spent: "0" },
      { currency: "USD", pledged: "0", committed: "10.005", disbursed: "0", spent: "0" },
      { currency: "XOF", pledged: "0", committed: "1000", disbursed: "0", spent: "0" },
    ]);
    expect(all.converted).toMatchObject({ currency: "USD", pledged: "1000", committed: "110.005", counted: 3 });
    expect(all.converted.leftOut).toEqual([{ entryId: "old", type: "committed", amount: "1000", currency: "XOF", valueDate: "2026-02-01", reason: "no_rate" }]);
    expect(all.converted.rates.map((rate) => rate.currency)).toEqual(["EUR"]);
    expect(all.passedOnFrom).toEqual(["receiver"]);
    expect(all.passedOnByOthers).toEqual(["giver"]);
  });

  it("says at each agency what was passed on, and leaves a step with only a pass-through at nothing", () => {
    expect(groups.get("agency:ILO")).toMatchObject({ converted: { committed: "10.005" }, passedOnFrom: ["receiver"], passedOnByOthers: [] });
    expect(groups.get("agency:UNICEF")).toMatchObject({ converted: { committed: "100" }, passedOnByOthers: ["giver"] });
    expect(groups.get("step:assessment")).toMatchObject({ perCurrency: [], converted: { committed: "0", counted: 0 }, passedOnFrom: ["receiver"] });
  });
});

describe("converted sums", () => {
  it("divide each rate's exact sum once: three thirds at one rate make exactly one, with every rate listed once", () => {
    const thirds = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 366 }, [
      { currency: "EUR", baseCurrency: "USD", period: "month", periodStart: "2026-01-01", rate: "3", source: "Test" },
      { currency: "EUR", baseCurrency: "USD", period: "month", periodStart: "2026-02-01", rate: "0.5", source: "Test" },
    ]);
    const rows = [
      row({ amount: "1", valueDate: "2026-01-05" }),
      row({ amount: "1", valueDate: "2026-01-20" }),
      row({ amount: "1", valueDate: "2026-01-31" }),
      row({ amount: "0.25", valueDate: "2026-02-02" }),
      row({ amount: "2", currency: "USD", valueDate: "2026-02-02" }),
    ];
    const all = countFunding(rows, thirds).get("all")!;
    expect(all.converted).toMatchObject({ committed: "3.5", counted: 5 });
    expect(all.converted.rates.map((rate) => [rate.periodStart, rate.rate])).toEqual([
      ["2026-01-01", "3"],
      ["2026-02-01", "0.5"],
    ]);
  });
});
