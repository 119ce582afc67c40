/** A country's money per step and in total from its needs and counted flows, without a database. */
import { describe, expect, it } from "vitest";
import { rateTableOf } from "@/lib/funding/conversion";
import { countFunding, emptyTotals } from "@/lib/funding/totals/count-funding";
import type { FlowRow } from "@/lib/funding/totals/flows";
import { countryMoney, type EstimatedNeed } from "./country-money";

const table = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 366 }, []);

const flow = (overrides: Partial<FlowRow>): FlowRow => ({
  entryId: "unicef-costing",
  region: "africa",
  agencyId: "unicef",
  agencyAcronym: "UNICEF",
  stepIds: ["costing"],
  type: "committed",
  amount: "100",
  currency: "USD",
  valueDate: "2026-02-01",
  passedOnFrom: null,
  passedOnByOthers: false,
  ...overrides,
});

const need = (overrides: Partial<EstimatedNeed>): EstimatedNeed => ({ countryStepId: "costing", kind: "funding", estimateAmount: "400", estimateCurrency: "USD", ...overrides });

function moneyOf(needs: EstimatedNeed[], flows: FlowRow[]) {
  const groups = countFunding(flows, table, (row) => ["all", ...row.stepIds]);
  return countryMoney(needs, new Set(flows.flatMap((row) => row.stepIds)), (group) => (groups.get(group) ?? emptyTotals("USD")).perCurrency);
}

describe("countryMoney", () => {
  it("keeps a step's gap from being hidden by another step's surplus, per currency, exactly", () => {
    const { byStep, totals } = moneyOf(
      [need({ estimateAmount: "400.25" }), need({ estimateAmount: "0.0001" }), need({ countryStepId: "assessment", estimateAmount: "50" }), need({ estimateCurrency: "XOF", estimateAmount: "1000000" })],
      [
        flow({ amount: "150000.5" }),
        flow({ type: "disbursed", amount: "75" }),
        flow({ entryId: "ilo-assessment", stepIds: ["assessment"], amount: "20" }),
        flow({ entryId: "ilo-assessment", stepIds: ["assessment"], type: "pledged", amount: "5" }),
      ],
    );
    expect(byStep.get("costing")).toEqual([
      { currency: "USD", needed: "400.2501", pledged: "0", committed: "150000.5", disbursed: "75", spent: "0", gap: "0" },
      { currency: "XOF", needed: "1000000", pledged: "0", committed: "0", disbursed: "0", spent: "0", gap: "1000000" },
    ]);
    expect(byStep.get("assessment")).toEqual([{ currency: "USD", needed: "50", pledged: "5", committed: "20", disbursed: "0", spent: "0", gap: "30" }]);
    expect(totals).toEqual([
      { currency: "USD", needed: "450.2501", pledged: "5", committed: "150020.5", disbursed: "75", spent: "0", gap: "30" },
      { currency: "XOF", needed: "1000000", pledged: "0", committed: "0", disbursed: "0", spent: "0", gap: "1000000" },
    ]);
  });

  it("counts an entry serving two steps at each and once in the total, an entry without a step in the total only, a pass-through nowhere", () => {
    const { byStep, totals } = moneyOf(
      [need({ estimateAmount: "100" }), need({ countryStepId: "assessment", estimateAmount: "100" })],
      [
        flow({ stepIds: ["costing", "assessment"], amount: "60" }),
        flow({ entryId: "clinic", stepIds: [], currency: "EUR", amount: "7" }),
        flow({ entryId: "receiver", passedOnFrom: "unicef-costing", stepIds: ["costing"], amount: "60" }),
      ],
    );
    expect(byStep.get("costing")).toEqual([{ currency: "USD", needed: "100", pledged: "0", committed: "60", disbursed: "0", spent: "0", gap: "40" }]);
    expect(byStep.get("assessment")).toEqual([{ currency: "USD", needed: "100", pledged: "0", committed: "60", disbursed: "0", spent: "0", gap: "40" }]);
    expect(totals).toEqual([
      { currency: "EUR", needed: "0", pledged: "0", committed: "7", disbursed: "0", spent: "0", gap: "0" },
      { currency: "USD", needed: "200", pledged: "0", committed: "60", disbursed: "0", spent: "0", gap: "80" },
    ]);
  });

  it("reads only funding needs with an estimate, and answers nothing for a country with neither needs nor flows", () => {
    expect(moneyOf([need({ kind: "technical", estimateAmount: null, estimateCurrency: null })], [])).toEqual({ byStep: new Map(), totals: [] });
    expect(moneyOf([need({ estimateAmount: "0" })], []).totals).toEqual([{ currency: "USD", needed: "0", pledged: "0", committed: "0", disbursed: "0", spent: "0", gap: "0" }]);
  });
});
