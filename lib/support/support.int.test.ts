/** Support on a real database: the gap a financial entry closes, totals per currency, edits, withdrawals, history and the support list. */
import { describe, expect, it } from "vitest";
import { createPerson } from "@/lib/testing/database";
import { addNeed } from "./add-need";
import { addSupportEntry } from "./add-support-entry";
import { addSupportTransaction } from "./add-support-transaction";
import { answerNeed, unanswerNeed } from "./answer-need";
import { editNeed } from "./edit-need";
import { editSupportEntry } from "./edit-support-entry";
import { getCountrySupport } from "./get-country-support";
import { getSupportEntry } from "./get-support-entry";
import { listStepSupport } from "./list-step-support";
import { listSupport } from "./list-support";
import { useSupportTests } from "./test-helpers";
import { withdrawNeed } from "./withdraw-need";
import { withdrawSupportEntry } from "./withdraw-support-entry";
import { withdrawSupportTransaction } from "./withdraw-support-transaction";

const { database, people, stepId, rowCounts, financial } = useSupportTests();

describe("a financial entry and the gap it closes", () => {
  it("shrinks Mozambique's gap on the costing step once UNICEF commits and answers the need", async () => {
    const costing = await stepId("MZ", "costing_financing");
    const need = await addNeed(database.db, people.mozambique, {
      countryCode: "MZ",
      countryStepId: costing,
      kind: "funding",
      description: "Fiscal space analysis and costing of the options",
      estimateAmount: "400 000",
      estimateCurrency: "usd",
      priority: "high",
    });
    let page = await getCountrySupport(database.db, people.mozambique, "MZ");
    let step = page.steps.find((s) => s.id === costing)!;
    expect(step.money).toEqual([
      { currency: "USD", needed: "400000", pledged: "0", committed: "0", disbursed: "0", spent: "0", gap: "400000" },
    ]);
    expect(step.needsWithoutSupport).toBe(true);

    const { id } = await addSupportEntry(database.db, people.unicef, financial({ countryStepId: costing, answersNeedId: need.id }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "150000.50", occurredOn: "2026-03-01" });
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "disbursed", amount: "100000", occurredOn: "2026-04-01" });

    page = await getCountrySupport(database.db, people.mozambique, "MZ");
    step = page.steps.find((s) => s.id === costing)!;
    const afterCommitment = [
      { currency: "USD", needed: "400000", pledged: "0", committed: "150000.5", disbursed: "100000", spent: "0", gap: "249999.5" },
    ];
    expect(step.money).toEqual(afterCommitment);
    expect(step.needsWithoutSupport).toBe(false);
    expect(step.needs[0]).toMatchObject({ remaining: "249999.5000", answers: [{ supportEntryId: id, agencyAcronym: "UNICEF" }] });
    expect(page.totals).toEqual(afterCommitment);

    const details = await getSupportEntry(database.db, people.ilo, id);
    expect(details.ledger).toMatchObject({ committed: "150000.5000", disbursed: "100000.0000", disbursedOverCommitted: false });
    expect(details.history.map((event) => event.action)).toEqual(["support.transaction.add", "support.transaction.add", "support.add"]);
  });

  it("keeps totals per currency and never adds one currency to another", async () => {
    const assessment = await stepId("TG", "assessment");
    const usd = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TG", countryStepId: assessment }));
    const xof = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TG", countryStepId: assessment, currency: "XOF", amount: "5000000" }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: usd.id, type: "pledged", amount: "10", occurredOn: "2026-01-01" });
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: xof.id, type: "pledged", amount: "5000000", occurredOn: "2026-01-01" });
    const { totals } = await getCountrySupport(database.db, people.coordinator, "TG");
    expect(totals.map((row) => [row.currency, row.pledged])).toEqual([
      ["USD", "10"],
      ["XOF", "5000000"],
    ]);
  });

  it("needs a confirmation note before disbursed exceeds committed or spent exceeds disbursed", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ title: "Pilot transfers" }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "100", occurredOn: "2026-01-01" });
    const before = await rowCounts();
    await expect(
      addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "disbursed", amount: "100.0001", occurredOn: "2026-01-02" }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { confirmationNote: "support.confirmDisbursedOverCommitted" } });
    await expect(
      addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "spent", amount: "1", occurredOn: "2026-01-02" }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { confirmationNote: "support.confirmSpentOverDisbursed" } });
    expect(await rowCounts()).toEqual(before);

    await addSupportTransaction(database.db, people.unicef, {
      supportEntryId: id,
      type: "disbursed",
      amount: "120",
      occurredOn: "2026-01-02",
      confirmationNote: "Advance agreed with the ministry of finance",
    });
    const details = await getSupportEntry(database.db, people.unicef, id);
    expect(details.ledger).toMatchObject({ committed: "100.0000", disbursed: "120.0000", disbursedOverCommitted: true });
    expect(details.transactions.at(-1)).toMatchObject({ confirmationNote: "Advance agreed with the ministry of finance" });
  });
});

describe("a new financial entry's first transaction", () => {
  it("counts the amount at once when the adviser records it as committed with the entry: one write, one history", async () => {
    const costing = await stepId("MZ", "costing_financing");
    const { id } = await addSupportEntry(
      database.db,
      people.unicef,
      financial({ countryStepId: costing, title: "Child grant pilot", amount: "180 000", currency: "eur", firstTransactionType: "committed", firstTransactionOn: "2026-02-10" }),
    );
    const details = await getSupportEntry(database.db, people.ilo, id);
    expect(details.ledger).toMatchObject({ pledged: "0", committed: "180000.0000" });
    expect(details.transactions).toMatchObject([{ type: "committed", amount: "180000.0000", currency: "EUR", occurredOn: "2026-02-10" }]);
    expect(details.history.map((event) => event.action)).toEqual(["support.transaction.add", "support.add"]);
    const step = (await getCountrySupport(database.db, people.mozambique, "MZ")).steps.find((s) => s.id === costing)!;
    expect(step.money.find((row) => row.currency === "EUR")).toMatchObject({ committed: "180000" });
  });

  it("may be a pledge, and is none when the form says not yet (the day it always sends is then ignored)", async () => {
    const pledged = await addSupportEntry(database.db, people.unicef, financial({ title: "Pledged grant", firstTransactionType: "pledged", firstTransactionOn: "2026-01-05" }));
    expect((await getSupportEntry(database.db, people.unicef, pledged.id)).ledger).toMatchObject({ pledged: "250000.0000", committed: "0" });
    const later = await addSupportEntry(database.db, people.unicef, financial({ title: "Grant not yet pledged", firstTransactionType: "", firstTransactionOn: "2026-01-05" }));
    expect((await getSupportEntry(database.db, people.unicef, later.id)).transactions).toEqual([]);
  });

  it("refuses, writing nothing, a first transaction on technical support, without its day, of a zero amount, or of another kind", async () => {
    const before = await rowCounts();
    const refusals: [Record<string, unknown>, Record<string, string>][] = [
      [{ kind: "technical", technicalCategory: "costing_modelling", firstTransactionType: "committed", firstTransactionOn: "2026-01-05" }, { firstTransactionType: "support.transactionOnTechnical" }],
      [{ firstTransactionType: "committed", firstTransactionOn: "" }, { firstTransactionOn: "validation.required" }],
      [{ amount: "0", firstTransactionType: "pledged", firstTransactionOn: "2026-01-05" }, { amount: "validation.amountPositive" }],
      [{ firstTransactionType: "disbursed", firstTransactionOn: "2026-01-05" }, { firstTransactionType: "validation.choice" }],
    ];
    for (const [overrides, fieldErrors] of refusals) {
      await expect(addSupportEntry(database.db, people.unicef, financial(overrides)), JSON.stringify(overrides)).rejects.toMatchObject({ code: "INVALID", fieldErrors });
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe("edits, withdrawals and history", () => {
  it("answers a stale save with CONFLICT and the newer version, keeping the newer one", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ title: "First title" }));
    await editSupportEntry(database.db, people.unicef, { ...financial({ title: "Second title" }), id, version: 1 });
    const stale = editSupportEntry(database.db, people.coordinator, { ...financial({ title: "Stale title" }), id, version: 1 });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", current: { title: "Second title", version: 2 } });
    expect((await getSupportEntry(database.db, people.unicef, id)).entry.title).toBe("Second title");
  });

  it("refuses to change the currency of an entry that has transactions", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ title: "Locked currency" }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "pledged", amount: "5", occurredOn: "2026-01-01" });
    await expect(editSupportEntry(database.db, people.unicef, { ...financial({ currency: "EUR" }), id, version: 1 })).rejects.toMatchObject({
      fieldErrors: { currency: "support.currencyLocked" },
    });
  });

  it("withdraws an entry out of lists and totals, keeping it and its history", async () => {
    const costing = await stepId("BJ", "costing_financing");
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "BJ", countryStepId: costing, title: "To withdraw" }));
    const { id: transactionId } = await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "70", occurredOn: "2026-02-01" });
    await withdrawSupportTransaction(database.db, people.unicef, { id: transactionId });
    expect((await getCountrySupport(database.db, people.unicef, "BJ")).totals).toEqual([]);
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "80", occurredOn: "2026-02-01" });
    expect((await getCountrySupport(database.db, people.unicef, "BJ")).totals[0]).toMatchObject({ committed: "80" });

    await expect(withdrawSupportEntry(database.db, people.unicef, { id, version: 1, reason: "" })).rejects.toMatchObject({
      fieldErrors: { reason: "validation.required" },
    });
    await withdrawSupportEntry(database.db, people.unicef, { id, version: 1, reason: "Recorded twice" });
    const page = await getCountrySupport(database.db, people.unicef, "BJ");
    expect(page.totals).toEqual([]);
    expect(page.steps.flatMap((step) => step.entries)).toEqual([]);
    expect((await listSupport(database.db, people.unicef, { country: "BJ" }, "en")).total).toBe(0);

    const details = await getSupportEntry(database.db, people.unicef, id);
    expect(details.entry).toMatchObject({ withdrawalReason: "Recorded twice", deletedById: people.unicef.userId });
    expect(details.history.map((event) => event.action)).toEqual([
      "support.withdraw",
      "support.transaction.add",
      "support.transaction.withdraw",
      "support.transaction.add",
      "support.add",
    ]);
    await expect(editSupportEntry(database.db, people.unicef, { ...financial(), id, version: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("edits and withdraws needs with versions, and unlinks answers", async () => {
    const step = await stepId("MZ", "awareness");
    const need = await addNeed(database.db, people.mozambique, {
      countryCode: "MZ",
      countryStepId: step,
      kind: "technical",
      technicalCategory: "advocacy_awareness",
      description: "Campaign",
      priority: "low",
    });
    const edit = { id: need.id, countryStepId: step, kind: "technical", technicalCategory: "advocacy_awareness", description: "Campaign with unions", priority: "high" };
    await editNeed(database.db, people.mozambique, { ...edit, version: 1 });
    await expect(editNeed(database.db, people.coordinator, { ...edit, description: "Old", version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { description: "Campaign with unions", version: 2 },
    });
    const { id } = await addSupportEntry(database.db, people.ilo, {
      countryCode: "MZ",
      agencyId: people.iloId,
      kind: "technical",
      technicalCategory: "advocacy_awareness",
      title: "Awareness workshops",
      status: "planned",
    });
    await answerNeed(database.db, people.ilo, { needId: need.id, supportEntryId: id });
    let stepSupport = await listStepSupport(database.db, people.mozambique, step);
    expect(stepSupport.entries.map((entry) => entry.id)).toEqual([id]);
    expect(stepSupport.needs[0]!.answers.map((answer) => answer.supportEntryId)).toEqual([id]);
    await unanswerNeed(database.db, people.ilo, { needId: need.id, supportEntryId: id });
    stepSupport = await listStepSupport(database.db, people.mozambique, step);
    expect(stepSupport.entries).toEqual([]);
    await withdrawNeed(database.db, people.mozambique, { id: need.id, version: 2 });
    expect((await listStepSupport(database.db, people.mozambique, step)).needs).toEqual([]);
  });
});

describe("a country's and a step's entries", () => {
  it("come latest first, by start date or the day recorded, then by title", async () => {
    const assessment = await stepId("GH", "assessment");
    const add = (title: string, startDate?: string) =>
      addSupportEntry(database.db, people.unicef, financial({ countryCode: "GH", countryStepId: assessment, title, amount: "10", currency: "usd", ...(startDate ? { startDate } : {}) }));
    await add("B older", "2020-03-01");
    await add("A newer", "2030-03-01");
    await add("Recorded today, no start");
    await add("A older", "2020-03-01");
    const titles = ["A newer", "Recorded today, no start", "A older", "B older"];
    const step = (await getCountrySupport(database.db, people.coordinator, "GH")).steps.find((s) => s.id === assessment)!;
    expect(step.entries.map((entry) => entry.title)).toEqual(titles);
    expect((await listStepSupport(database.db, people.coordinator, assessment)).entries.map((entry) => entry.title)).toEqual(titles);
  });
});

describe("the support list", () => {
  it("filters and sorts by the URL's parameters and ignores malformed ones", async () => {
    const reviewer = await createPerson(database, { role: "reviewer" });
    const mozambiqueUnicef = await listSupport(database.db, reviewer, { country: "mz", agency: "unicef", kind: "financial" }, "en");
    expect(mozambiqueUnicef.rows.length).toBeGreaterThan(0);
    expect(mozambiqueUnicef.rows.every((row) => row.countryCode === "MZ" && row.agencyAcronym === "UNICEF")).toBe(true);

    const byAgency = await listSupport(database.db, reviewer, { sort: "agency", dir: "asc" }, "en");
    const acronyms = byAgency.rows.map((row) => row.agencyAcronym);
    expect(acronyms).toEqual([...acronyms].sort());

    const costing = await listSupport(database.db, reviewer, { step: "costing_financing", status: "ongoing" }, "fr");
    expect(costing.rows.every((row) => row.stepKey === "costing_financing")).toBe(true);

    const junk = await listSupport(database.db, reviewer, { country: "'; drop", sort: "password", dir: "up", page: "-3", from: "yesterday" }, "en");
    expect(junk.query).toMatchObject({ country: undefined, sort: "date", dir: "desc", page: 1, from: undefined });

    const none = await listSupport(database.db, reviewer, { from: "2090-01-01" }, "en");
    expect(none).toMatchObject({ total: 0, rows: [] });
  });

  it("is refused to a signed-in person with no role", async () => {
    const nobody = await createPerson(database, { role: null });
    await expect(listSupport(database.db, nobody, {}, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCountrySupport(database.db, nobody, "MZ")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
