/**
 * Exchange rates and the funding settings through the API's core, on a real database: a coordinator adds a rate,
 * corrects it, withdraws and restores it, and sets the reporting currency; stale versions answer 409 with the record
 * as it stands; a working group member reads the table but changes nothing, and bad input changes nothing.
 */
import { describe, expect, it } from "vitest";
import { apiCaller, expectRefusedUnchanged } from "@/lib/testing/api-calls";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();
const people = madeBeforeAll(async () => ({
  coordinator: await createPerson(database, { role: "coordinator" }),
  member: await createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
}));


const api = apiCaller(database);

const refusedUnchanged = (request: () => Promise<unknown>, expected: Record<string, unknown>) => expectRefusedUnchanged(database, request, expected);

describe("exchange rates through /api/v1", () => {
  it("are added, read, corrected, withdrawn and restored by a coordinator, and listed for anyone signed in", async () => {
    const added = await api(people.coordinator, "POST", "/exchange-rates", {}, { currency: "MZN", baseCurrency: "USD", period: "month", periodStart: "2024-03-01", rate: "63.90", source: "Banco de Moçambique" });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ currency: "MZN", rate: "63.9", version: 1, withdrawn: false, importId: null });
    const id = added.body.data.id!;

    const edited = await api(people.coordinator, "PATCH", "/exchange-rates/{id}", { id }, { version: 1, rate: "64", source: "Banco de Moçambique" });
    expect(edited.body.data).toMatchObject({ rate: "64", version: 2 });
    await refusedUnchanged(() => api(people.coordinator, "PATCH", "/exchange-rates/{id}", { id }, { version: 1, rate: "65", source: "x" }), { code: "CONFLICT", current: { rate: "64", version: 2 } });

    const withdrawn = await api(people.coordinator, "POST", "/exchange-rates/{id}/withdraw", { id }, { version: 2 });
    expect(withdrawn.body.data).toMatchObject({ withdrawn: true, version: 3 });
    expect((await api(people.member, "GET", "/exchange-rates?currency=MZN")).body.total).toBe(0);
    expect((await api(people.member, "GET", "/exchange-rates?currency=MZN&withdrawn=true")).body.total).toBe(1);
    const restored = await api(people.coordinator, "POST", "/exchange-rates/{id}/restore", { id }, { version: 3 });
    expect(restored.body.data).toMatchObject({ withdrawn: false, version: 4 });

    const listed = await api(people.member, "GET", "/exchange-rates?currency=mzn&page=1");
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageCount: 1, data: [expect.objectContaining({ id, rate: "64" })] });
    expect((await api(people.member, "GET", "/exchange-rates/{id}", { id })).body.data).toMatchObject({ id, periodStart: "2024-03-01" });
  });

  it("refuse a working group member's writes, a second live rate for a key, and bad input, changing nothing", async () => {
    const rate = { currency: "KES", baseCurrency: "USD", period: "year", periodStart: "2024-01-01", rate: "150", source: "CBK" };
    await refusedUnchanged(() => api(people.member, "POST", "/exchange-rates", {}, rate), { code: "FORBIDDEN" });
    await api(people.coordinator, "POST", "/exchange-rates", {}, rate);
    await refusedUnchanged(() => api(people.coordinator, "POST", "/exchange-rates", {}, { ...rate, rate: "151" }), { code: "CONFLICT", current: { rate: "150" } });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/exchange-rates", {}, { ...rate, periodStart: "2024-02-01", rate: "0" }), {
      code: "INVALID",
      fieldErrors: { periodStart: "exchangeRates.rules.periodStart.year", rate: "exchangeRates.rules.rate" },
    });
  });
});

describe("the funding settings through /api/v1", () => {
  it("are read by anyone signed in and set by a coordinator with their version", async () => {
    const read = await api(people.member, "GET", "/funding-settings");
    expect(read.body.data).toEqual({ reportingCurrency: "USD", rateMaxAgeDays: 366, version: 1 });
    const set = await api(people.coordinator, "PUT", "/funding-settings", {}, { reportingCurrency: "EUR", rateMaxAgeDays: 31, version: 1 });
    expect(set.body.data).toEqual({ reportingCurrency: "EUR", rateMaxAgeDays: 31, version: 2 });
    await refusedUnchanged(() => api(people.coordinator, "PUT", "/funding-settings", {}, { reportingCurrency: "USD", rateMaxAgeDays: 31, version: 1 }), {
      code: "CONFLICT",
      current: { reportingCurrency: "EUR", version: 2 },
    });
    await refusedUnchanged(() => api(people.member, "PUT", "/funding-settings", {}, { reportingCurrency: "USD", rateMaxAgeDays: 31, version: 2 }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.coordinator, "PUT", "/funding-settings", {}, { reportingCurrency: "USD", rateMaxAgeDays: 4000, version: 2 }), { code: "INVALID" });
  });
});
