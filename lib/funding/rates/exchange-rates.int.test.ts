/**
 * Exchange rates and the reporting currency on a real database: the settings and their version, rates entered,
 * corrected, withdrawn and restored (a restore that would clash says so), the list and a rate's history, and the
 * table loaded for conversion in one query.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";
import { convert, loadRateTable } from "../conversion";
import { getFundingSettings, updateFundingSettings } from "../settings";
import { addExchangeRate } from "./add-exchange-rate";
import { editExchangeRate } from "./edit-exchange-rate";
import { getExchangeRate, listExchangeRateHistory, listExchangeRates } from "./list-exchange-rates";
import { restoreExchangeRate, withdrawExchangeRate } from "./withdraw-exchange-rate";

const database = useTestDatabase();
const people = madeBeforeAll(async () => ({
  coordinator: await createPerson(database, { role: "coordinator", name: "Camille Coordinator" }),
  member: await createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
  adviser: await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" }),
}));

const metical = { currency: "mzn", baseCurrency: "USD", period: "month", periodStart: "2024-03-01", rate: "63.90", source: "Banco de Moçambique" };

describe("the funding settings", () => {
  it("start as USD and 366 days, change with their version and history, and refuse a stale save", async () => {
    const settings = await getFundingSettings(database.db);
    expect(settings).toEqual({ reportingCurrency: "USD", rateMaxAgeDays: 366, version: 1 });
    const saved = await updateFundingSettings(database.db, people.coordinator, { reportingCurrency: " eur ", rateMaxAgeDays: "400", version: "1" });
    expect(saved).toEqual({ reportingCurrency: "EUR", rateMaxAgeDays: 400, version: 2 });
    await expect(updateFundingSettings(database.db, people.coordinator, { reportingCurrency: "XOF", rateMaxAgeDays: 10, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { reportingCurrency: "EUR", rateMaxAgeDays: 400, version: 2 },
    });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "fundingSettings.update"));
    expect(entry).toMatchObject({ before: { reportingCurrency: "USD", rateMaxAgeDays: 366 }, after: { reportingCurrency: "EUR", rateMaxAgeDays: 400 } });
    // Saving what is there writes no version.
    expect(await updateFundingSettings(database.db, people.coordinator, { reportingCurrency: "EUR", rateMaxAgeDays: 400, version: 2 })).toMatchObject({ version: 2 });
    await updateFundingSettings(database.db, people.coordinator, { reportingCurrency: "USD", rateMaxAgeDays: 366, version: 2 });
  });

  it("refuse an unknown currency, an age out of range, and anyone but a coordinator, changing nothing", async () => {
    const before = await getFundingSettings(database.db);
    await expect(updateFundingSettings(database.db, people.coordinator, { reportingCurrency: "XYZ", rateMaxAgeDays: 3661, version: before.version })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { reportingCurrency: "validation.currency", rateMaxAgeDays: "validation.tooBig?maximum=3660" },
    });
    await expect(updateFundingSettings(database.db, people.member, { reportingCurrency: "MZN", rateMaxAgeDays: 1, version: before.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateFundingSettings(database.db, people.adviser, { reportingCurrency: "MZN", rateMaxAgeDays: 1, version: before.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getFundingSettings(database.db)).toEqual(before);
  });
});

describe("rates entered by hand", () => {
  it("are added, corrected with their version, withdrawn and restored, each in the rate's history", async () => {
    const { id, version } = await addExchangeRate(database.db, people.coordinator, metical);
    expect(version).toBe(1);
    expect(await getExchangeRate(database.db, people.member, id)).toMatchObject({ currency: "MZN", rate: "63.9", period: "month", periodStart: "2024-03-01", withdrawn: false });

    const edited = await editExchangeRate(database.db, people.coordinator, { id, version: 1, rate: "64.05", source: "Banco de Moçambique" });
    expect(edited.version).toBe(2);
    await expect(editExchangeRate(database.db, people.coordinator, { id, version: 1, rate: "70", source: "x" })).rejects.toMatchObject({ code: "CONFLICT", current: { rate: "64.05", version: 2 } });

    const withdrawn = await withdrawExchangeRate(database.db, people.coordinator, { id, version: 2 });
    const restored = await restoreExchangeRate(database.db, people.coordinator, { id, version: withdrawn.version });
    expect(restored.version).toBe(4);

    const history = await listExchangeRateHistory(database.db, people.coordinator, { id });
    expect(history.rows.map((entry) => entry.action)).toEqual(["exchangeRate.restore", "exchangeRate.withdraw", "exchangeRate.edit", "exchangeRate.add"]);
    expect(history.rows[2]!.changes).toEqual([{ field: "rate", before: "63.9", after: "64.05" }]);
    await expect(listExchangeRateHistory(database.db, people.member, { id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuse a second live rate for a key, and a restore that would clash with the rate entered since (409)", async () => {
    const key = { ...metical, currency: "KES", periodStart: "2024-01-01", period: "year", rate: "150" };
    const first = await addExchangeRate(database.db, people.coordinator, key);
    await expect(addExchangeRate(database.db, people.coordinator, { ...key, rate: "151" })).rejects.toMatchObject({ code: "CONFLICT", message: "exchangeRates.rules.keyTaken", current: { id: first.id } });
    const withdrawn = await withdrawExchangeRate(database.db, people.coordinator, { id: first.id, version: 1 });
    const second = await addExchangeRate(database.db, people.coordinator, { ...key, rate: "152" });
    await expect(restoreExchangeRate(database.db, people.coordinator, { id: first.id, version: withdrawn.version })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "exchangeRates.rules.keyTaken",
      current: { id: second.id, rate: "152" },
    });
    expect(await getExchangeRate(database.db, people.coordinator, first.id)).toMatchObject({ withdrawn: true, version: withdrawn.version });
  });

  it("refuse bad input and people who do not manage rates, changing nothing", async () => {
    await expect(addExchangeRate(database.db, people.coordinator, { ...metical, periodStart: "2024-03-15", rate: "-1", currency: "USD" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { rate: "exchangeRates.rules.rate", currency: "exchangeRates.rules.sameCurrency", periodStart: "exchangeRates.rules.periodStart.month" },
    });
    await expect(addExchangeRate(database.db, people.coordinator, { ...metical, rate: "1.12345678901" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { rate: "exchangeRates.rules.rate" } });
    await expect(addExchangeRate(database.db, people.member, { ...metical, currency: "GHS" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addExchangeRate(database.db, people.adviser, { ...metical, currency: "GHS" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listExchangeRates(database.db, people.member, { currency: "GHS" })).total).toBe(0);
  });

  it("list by currency, live or withdrawn, a bounded page at a time", async () => {
    const mzn = await listExchangeRates(database.db, people.member, { currency: "mzn" });
    expect(mzn.rows.map((rate) => rate.rate)).toEqual(["64.05"]);
    const withdrawn = await listExchangeRates(database.db, people.member, { withdrawn: true });
    expect(withdrawn.rows.map((rate) => `${rate.currency} ${rate.rate}`)).toEqual(["KES 150"]);
    await expect(listExchangeRates(database.db, people.member, { page: 10_001 })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("the rate table for conversion", () => {
  it("reads the live rates of the currencies asked against the reporting currency, and converts with them", async () => {
    const settings = await getFundingSettings(database.db);
    const table = await loadRateTable(database.db, settings, ["MZN", "KES", "USD", "XOF"]);
    expect([...table.rates.keys()].sort()).toEqual(["KES", "MZN"]);
    expect(table.rates.get("KES")!.map((rate) => rate.rate)).toEqual(["152"]);
    expect(convert(table, { amount: "6405", currency: "MZN", valueDate: "2024-03-31" })).toMatchObject({ converted: "100", rate: { source: "Banco de Moçambique", periodStart: "2024-03-01" } });
    expect(convert(table, { amount: "100", currency: "XOF", valueDate: "2024-03-31" }).missing).toBe("no_rate");
    // Another reporting currency finds none of these USD-based rates.
    const inEuros = await loadRateTable(database.db, { ...settings, reportingCurrency: "EUR" }, ["MZN"]);
    expect(convert(inEuros, { amount: "6405", currency: "MZN", valueDate: "2024-03-31" }).missing).toBe("no_rate");
    expect((await database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "exchange_rate")))).length).toBeGreaterThan(0);
  });
});
