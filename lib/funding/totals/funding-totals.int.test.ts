/**
 * Funding counted as FTS does and converted beside the per-currency totals, on a real database: a value date
 * between two rates, a missing and a too-old rate left out and counted, a pledge never counted as funded, and a
 * pass-through counted once in the country's and the region's totals while each agency's totals say what was passed on.
 */
import { describe, expect, it } from "vitest";
import { exchangeRates } from "@/db/schema";
import { toCents } from "@/lib/funding/conversion";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { answerNeed } from "@/lib/support/answer-need";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { useSupportTests } from "@/lib/support/test-helpers";
import { withdrawSupportEntry } from "@/lib/support/withdraw-support-entry";
import { getProgressCharts } from "@/lib/charts/get-progress-charts";
import { eq } from "drizzle-orm";
import { supportEntries } from "@/db/schema";
import { getFundingOverview } from "./get-funding-overview";
import type { FundingTotals } from "./count-funding";
import { type FlowRow, loadFlows } from "./flows";
import { loadDailyFundingTotals, loadFundingTotals } from "./funding-totals";

const { database, people, stepId, financial } = useSupportTests();

/** UNICEF's grant to a country, in dollars, and the ILO's part of it passed on: each committed in full on its day. */
async function grantPassedOn({ countryCode, country, grant, part }: { countryCode: string; country: string; grant: [string, string]; part: [string, string] }) {
  const giver = await addSupportEntry(database.db, people.unicef, financial({ countryCode, title: `UNICEF's grant to ${country}`, amount: grant[0] }));
  await addSupportTransaction(database.db, people.unicef, { supportEntryId: giver.id, type: "committed", amount: grant[0], occurredOn: grant[1] });
  const receiver = await addSupportEntry(
    database.db,
    people.ilo,
    financial({ countryCode, agencyId: people.iloId, title: "ILO's part of UNICEF's grant", amount: part[0], fundingSource: "member", fundingAgencyId: people.unicefId, passThroughOfEntryId: giver.id }),
  );
  await addSupportTransaction(database.db, people.ilo, { supportEntryId: receiver.id, type: "committed", amount: part[0], occurredOn: part[1] });
  return { giver, receiver };
}

describe("totals in the reporting currency", () => {
  it("converts Benin's francs at the rate for each value date, leaves out what has no usable rate and says how many", async () => {
    await database.db.insert(exchangeRates).values([
      { currency: "XOF", baseCurrency: "USD", period: "month", periodStart: "2024-01-01", rate: "600", source: "Test rates", createdById: people.coordinator.userId },
      { currency: "XOF", baseCurrency: "USD", period: "month", periodStart: "2024-03-01", rate: "610", source: "Test rates", createdById: people.coordinator.userId },
    ]);
    const assessment = await stepId("BJ", "assessment");
    const francs = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "BJ", countryStepId: assessment, currency: "XOF", amount: "9000000" }));
    const dollars = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "BJ", title: "Dollars", amount: "500" }));
    const add = (supportEntryId: string, type: string, amount: string, occurredOn: string, confirmationNote?: string) =>
      addSupportTransaction(database.db, people.unicef, { supportEntryId, type, amount, occurredOn, confirmationNote });
    await add(francs.id, "committed", "600000", "2024-02-15"); // between the two rates: January's, 600
    await add(francs.id, "pledged", "1220000", "2024-03-10"); // March's, 610: shown, never funded
    await add(francs.id, "committed", "30000", "2020-01-01"); // before any rate
    await add(francs.id, "disbursed", "6000", "2026-06-01"); // March 2024's rate is more than 366 days past its month
    await add(dollars.id, "committed", "500", "2024-05-01"); // in USD already: no rate

    const page = await getCountrySupport(database.db, people.mozambique, "BJ");
    expect(page.reportingCurrency).toBe("USD");
    expect(page.totals.map((row) => [row.currency, row.pledged, row.committed])).toEqual([
      ["USD", "0", "500"],
      ["XOF", "1220000", "630000"],
    ]);
    const converted = page.funding.converted;
    expect(converted).toMatchObject({ currency: "USD", committed: "1500", pledged: "2000", disbursed: "0", counted: 3 });
    expect(converted.leftOut.map(({ type, currency, valueDate, reason }) => ({ type, currency, valueDate, reason }))).toEqual([
      { type: "committed", currency: "XOF", valueDate: "2020-01-01", reason: "no_rate" },
      { type: "disbursed", currency: "XOF", valueDate: "2026-06-01", reason: "too_old" },
    ]);
    expect(converted.rates.map((rate) => [rate.periodStart, rate.rate, rate.source])).toEqual([
      ["2024-01-01", "600", "Test rates"],
      ["2024-03-01", "610", "Test rates"],
    ]);
    // The step the francs serve has them; the dollars serve no step.
    const step = page.steps.find((s) => s.id === assessment)!;
    expect(step.funding.converted).toMatchObject({ committed: "1000", pledged: "2000" });
    expect(step.funding.converted.leftOut).toHaveLength(2);
  });

  it("divides exactly and rounds only when shown", async () => {
    await database.db.insert(exchangeRates).values({
      currency: "MZN", baseCurrency: "USD", period: "year", periodStart: "2025-01-01", rate: "63.9", source: "Test rates", createdById: people.coordinator.userId,
    });
    const entry = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TH", title: "Meticais", currency: "MZN", amount: "100" }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: entry.id, type: "committed", amount: "100", occurredOn: "2025-07-01" });
    const { all } = await getFundingOverview(database.db, people.coordinator, { country: "TH" });
    expect(all.converted.committed.startsWith("1.564945226917057902973395931142410015649")).toBe(true);
    expect(toCents(all.converted.committed)).toBe("1.56");
  });
});

describe("money passed from one member to another", () => {
  it("is counted once, at the giver's, in the country's and the region's totals; each agency's totals say what was passed on", async () => {
    const { giver, receiver } = await grantPassedOn({ countryCode: "TG", country: "Togo", grant: ["100000", "2025-02-01"], part: ["40000", "2025-03-01"] });

    const page = await getCountrySupport(database.db, people.coordinator, "TG");
    expect(page.totals.find((row) => row.currency === "USD")).toMatchObject({ committed: "100000" });
    expect(page.funding).toMatchObject({ converted: { committed: "100000" }, passedOnFrom: [receiver.id] });
    const shown = [...page.entriesWithoutStep].find((entry) => entry.id === receiver.id)!;
    expect(shown).toMatchObject({ fundingSource: "member", fundingAgencyAcronym: "UNICEF", passedOnFrom: { id: giver.id, agencyAcronym: "UNICEF", title: "UNICEF's grant to Togo" } });

    const overview = await getFundingOverview(database.db, people.coordinator, { country: "TG" });
    expect(overview.byRegion).toEqual([{ region: "africa", totals: expect.objectContaining({ converted: expect.objectContaining({ committed: "100000" }) }) }]);
    const byAgency = Object.fromEntries(overview.byAgency.map((row) => [row.acronym, row.totals]));
    expect(byAgency.UNICEF).toMatchObject({ converted: { committed: "100000" }, passedOnByOthers: [giver.id], passedOnFrom: [] });
    expect(byAgency.ILO).toMatchObject({ converted: { committed: "0" }, passedOnFrom: [receiver.id], perCurrency: [] });

    // The charts count it once too, per currency and converted (Africa holds Benin's figures of the first test as well).
    const charts = await getProgressCharts(database.db, people.coordinator, { region: "africa" });
    expect(charts.money.find((series) => series.currency === "USD")!.months.at(-1)).toMatchObject({ committed: "100500.0000" });
    expect(charts.converted.months.at(-1)).toMatchObject({ committed: "101500.00" });
    expect(charts.converted.totals.passedOnFrom).toEqual([receiver.id]);

    // One country's flows read entry by entry are the flows every entry's pass gives for it, row for row, with the
    // steps each entry serves through the needs it answers.
    const needStep = await stepId("TG", "costing_financing");
    const need = await addNeed(database.db, people.coordinator, { countryCode: "TG", countryStepId: needStep, kind: "funding", description: "Costing the options", estimateAmount: "50000", estimateCurrency: "USD", priority: "high" });
    await answerNeed(database.db, people.ilo, { needId: need.id, supportEntryId: receiver.id });
    const togo = eq(supportEntries.countryCode, "TG");
    const perEntry = await loadFlows(database.db, togo, { perEntry: true });
    expect(perEntry).toEqual(await loadFlows(database.db, togo));
    expect(perEntry.map((row) => [row.entryId, row.passedOnFrom, row.passedOnByOthers, row.stepIds])).toEqual([
      [giver.id, null, true, []],
      [receiver.id, giver.id, false, [needStep]],
    ]);
    // Without the steps (totals by region, agency or month), the same rows, each serving no step, both ways.
    const flowOf = ({ entryId, region, agencyId, agencyAcronym, stepIds, type, amount, currency, valueDate, passedOnFrom, passedOnByOthers }: FlowRow) =>
      ({ entryId, region, agencyId, agencyAcronym, stepIds, type, amount, currency, valueDate, passedOnFrom, passedOnByOthers });
    const withoutSteps = perEntry.map((row) => ({ ...flowOf(row), stepIds: [] }));
    expect((await loadFlows(database.db, togo, { steps: false })).map(flowOf)).toEqual(withoutSteps);
    expect((await loadFlows(database.db, togo, { perEntry: true, steps: false })).map(flowOf)).toEqual(withoutSteps);

    // Withdrawn, the giver counts nothing: the receiver's money then counts as its own.
    await withdrawSupportEntry(database.db, people.unicef, { id: giver.id, version: 1, reason: "Recorded twice" });
    const after = await getCountrySupport(database.db, people.coordinator, "TG");
    expect(after.funding).toMatchObject({ converted: { committed: "40000" }, passedOnFrom: [] });
    expect(after.totals.find((row) => row.currency === "USD")).toMatchObject({ committed: "40000" });
  });
});

describe("totals by month from the flows summed per day (the charts, decision 2610)", () => {
  it("are the totals every transaction gives, with the same amounts left out, rates, pass-throughs and counts", async () => {
    // Beside what the tests above recorded (francs without a usable rate, a withdrawn giver): several transactions of
    // one day in one currency, and a live giver with its pass-through and its own money, in Ghana.
    const francs = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "GH", title: "Francs twice a day", currency: "XOF", amount: "100000" }));
    for (const amount of ["1000.0001", "2000.0002", "7"]) {
      await addSupportTransaction(database.db, people.unicef, { supportEntryId: francs.id, type: "committed", amount, occurredOn: "2024-02-20" });
    }
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: francs.id, type: "disbursed", amount: "500", occurredOn: "2019-12-31" });
    const { giver, receiver } = await grantPassedOn({ countryCode: "GH", country: "Ghana", grant: ["9000", "2024-02-20"], part: ["3000", "2024-02-20"] });

    const months = (valueDate: string) => ["all", `month:${valueDate.slice(0, 7)}`];
    const shown = (totals: FundingTotals) => ({
      ...totals,
      converted: { ...totals.converted, pledged: toCents(totals.converted.pledged), committed: toCents(totals.converted.committed), disbursed: toCents(totals.converted.disbursed), spent: toCents(totals.converted.spent) },
      passedOnFrom: [...totals.passedOnFrom].sort(),
      passedOnByOthers: [...totals.passedOnByOthers].sort(),
    });
    for (const scope of [undefined, eq(supportEntries.countryCode, "GH")]) {
      const everyTransaction = await loadFundingTotals(database.db, scope, (row) => months(row.valueDate), { steps: false });
      const perDay = await loadDailyFundingTotals(database.db, scope, months);
      expect([...perDay.groups.keys()].sort()).toEqual([...everyTransaction.groups.keys()].sort());
      for (const [group, totals] of everyTransaction.groups) expect(shown(perDay.of(group)), group).toEqual(shown(totals));
    }
    const ghana = await loadDailyFundingTotals(database.db, eq(supportEntries.countryCode, "GH"), months);
    // February 2024: the grant's 9,000 dollars and the day's 3,007.0003 francs at January's 600; the ILO's part left out.
    const february = ghana.of("month:2024-02");
    expect(february).toMatchObject({ converted: { counted: 4 }, passedOnFrom: [receiver.id], passedOnByOthers: [giver.id] });
    expect(february.converted.committed.startsWith("9005.0116671666666")).toBe(true);
    expect(ghana.of("all").converted.leftOut).toMatchObject([{ entryId: francs.id, type: "disbursed", amount: "500.0000", valueDate: "2019-12-31", reason: "no_rate" }]);
    expect(ghana.of("all").perCurrency).toEqual([
      { currency: "USD", pledged: "0", committed: "9000", disbursed: "0", spent: "0" },
      { currency: "XOF", pledged: "0", committed: "3007.0003", disbursed: "500", spent: "0" },
    ]);
  });
});
