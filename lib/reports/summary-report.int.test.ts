/**
 * The cross-country summary on a real database: each country's steps in progress, entries by kind and money per
 * currency, read for every country at once from the sums the database keeps, are what that country's own pages show
 * (decisions 2540, 2550, 2560), before and after the changes the kept sums must follow; and the same table as CSV,
 * XLSX and through /api/v1.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { answerNeed, unanswerNeed } from "@/lib/support/answer-need";
import { editSupportEntry } from "@/lib/support/edit-support-entry";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { useSupportTests } from "@/lib/support/test-helpers";
import { withdrawNeed } from "@/lib/support/withdraw-need";
import { withdrawSupportEntry } from "@/lib/support/withdraw-support-entry";
import { withdrawSupportTransaction } from "@/lib/support/withdraw-support-transaction";
import { stepOf } from "@/lib/testing/database";
import { loadFlowSums } from "@/lib/funding/totals/flow-sums";
import { exportTables } from "./exports";
import { getSummaryReport } from "./get-summary-report";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const { database, people, stepId, financial } = useSupportTests();

const summaryOf = async (code: string) => (await getSummaryReport(database.db, people.coordinator, "en")).countries.find((country) => country.code === code)!;

/** Every country as its own support page and overview count it. */
async function expectAsItsOwnPages() {
  const { countries } = await getSummaryReport(database.db, people.coordinator, "en");
  for (const country of countries) {
    const [support, overview] = await Promise.all([getCountrySupport(database.db, people.coordinator, country.code), getCountryOverview(database.db, people.coordinator, country.code)]);
    expect(country.totals, country.code).toEqual(support.totals);
    // Each step's kept sums too: a total's gap can hide a step's sums that should have moved.
    const kept = (await loadFlowSums(database.db, [country.code])).get(country.code);
    for (const step of support.steps) expect(kept?.byStep.get(step.id) ?? [], `${country.code} ${step.key}`).toEqual(step.funding.perCurrency);
    expect(country.inProgress, country.code).toBe(overview.steps.filter((step) => step.status === "in_progress").length);
    const listed = [...support.steps.flatMap((step) => step.entries), ...support.entriesWithoutStep];
    const count = (kind: string) => new Set(listed.filter((entry) => entry.kind === kind).map((entry) => entry.id)).size;
    expect([country.technicalEntries, country.financialEntries], country.code).toEqual([count("technical"), count("financial")]);
  }
}

describe("the cross-country summary", () => {
  it("counts each country's steps, entries and money as its own pages do, in one read of every country", async () => {
    const costing = await stepId("MZ", "costing_financing");
    const assessment = await stepId("MZ", "assessment");
    const costingNeed = await addNeed(database.db, people.mozambique, {
      countryCode: "MZ", countryStepId: costing, kind: "funding", description: "Costing the options", estimateAmount: "400000", estimateCurrency: "USD", priority: "high",
    });
    const assessmentNeed = await addNeed(database.db, people.mozambique, {
      countryCode: "MZ", countryStepId: assessment, kind: "funding", description: "The assessment matrix", estimateAmount: "1000000", estimateCurrency: "XOF", priority: "medium",
    });
    // UNICEF's grant targets the costing step; ILO's, tied to no step, answers the assessment's need; ILO passes on
    // part of UNICEF's grant (counted at the giver's); a withdrawn entry counts nowhere.
    const grant = await addSupportEntry(database.db, people.unicef, financial({ countryStepId: costing, answersNeedId: costingNeed.id }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: grant.id, type: "committed", amount: "150000.50", occurredOn: "2026-03-01" });
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: grant.id, type: "pledged", amount: "10", occurredOn: "2026-02-01" });
    const francs = await addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, title: "Assessment grant", currency: "XOF", amount: "200000" }));
    await answerNeed(database.db, people.ilo, { needId: assessmentNeed.id, supportEntryId: francs.id });
    await addSupportTransaction(database.db, people.ilo, { supportEntryId: francs.id, type: "committed", amount: "200000", occurredOn: "2026-03-02" });
    const passedOn = await addSupportEntry(
      database.db,
      people.ilo,
      financial({ agencyId: people.iloId, title: "ILO's part of UNICEF's grant", amount: "40000", fundingSource: "member", fundingAgencyId: people.unicefId, passThroughOfEntryId: grant.id }),
    );
    await addSupportTransaction(database.db, people.ilo, { supportEntryId: passedOn.id, type: "committed", amount: "40000", occurredOn: "2026-03-03" });
    await addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, kind: "technical", technicalCategory: "costing_modelling", title: "Advice", amount: undefined, currency: undefined }));
    const withdrawn = await addSupportEntry(database.db, people.unicef, financial({ title: "Recorded twice", countryStepId: costing }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: withdrawn.id, type: "committed", amount: "999", occurredOn: "2026-03-04" });
    await withdrawSupportEntry(database.db, people.unicef, { id: withdrawn.id, version: 1, reason: "Recorded twice" });
    // Togo: one grant without a need, and a step in progress.
    const togo = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TG", title: "Togo's grant", currency: "EUR", amount: "5000" }));
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: togo.id, type: "committed", amount: "5000", occurredOn: "2026-01-05" });
    await addSupportTransaction(database.db, people.unicef, { supportEntryId: togo.id, type: "disbursed", amount: "2500", occurredOn: "2026-01-10" });
    const togoStep = await stepOf(database.db, "TG", "assessment");
    await changeStepStatus(database.db, people.coordinator, { countryStepId: togoStep.id, version: togoStep.version, to: "in_progress", note: "" });

    const { countries } = await getSummaryReport(database.db, people.coordinator, "en");
    const row = (code: string) => countries.find((country) => country.code === code)!;
    expect(row("MZ")).toMatchObject({ name: "Mozambique", technicalEntries: 1, financialEntries: 3 });
    expect(row("MZ").totals).toEqual([
      { currency: "USD", needed: "400000", pledged: "10", committed: "150000.5", disbursed: "0", spent: "0", gap: "249999.5" },
      { currency: "XOF", needed: "1000000", pledged: "0", committed: "200000", disbursed: "0", spent: "0", gap: "800000" },
    ]);
    expect(row("TG")).toMatchObject({ inProgress: 1, technicalEntries: 0, financialEntries: 1 });
    expect(row("TG").totals).toEqual([{ currency: "EUR", needed: "0", pledged: "0", committed: "5000", disbursed: "2500", spent: "0", gap: "0" }]);
    expect(row("TH")).toMatchObject({ technicalEntries: 0, financialEntries: 0, totals: [] });

    await expectAsItsOwnPages();

    // The sums are kept as things change (decision 2560): a transaction withdrawn, an answer taken back, a giver
    // withdrawn (its pass-through then counts its own money), a need withdrawn, an entry moved to another step.
    const { id: extra } = await addSupportTransaction(database.db, people.unicef, { supportEntryId: togo.id, type: "spent", amount: "100", occurredOn: "2026-01-12" });
    await withdrawSupportTransaction(database.db, people.unicef, { id: extra });
    await unanswerNeed(database.db, people.ilo, { needId: assessmentNeed.id, supportEntryId: francs.id });
    expect((await summaryOf("MZ")).totals.find((money) => money.currency === "XOF")).toMatchObject({ committed: "200000", gap: "1000000" });
    await withdrawSupportEntry(database.db, people.unicef, { id: grant.id, version: 1, reason: "Recorded twice" });
    expect(await summaryOf("MZ")).toMatchObject({ technicalEntries: 1, financialEntries: 2 });
    expect((await summaryOf("MZ")).totals.find((money) => money.currency === "USD")).toMatchObject({ pledged: "0", committed: "40000", gap: "400000" });
    await answerNeed(database.db, people.ilo, { needId: costingNeed.id, supportEntryId: passedOn.id });
    expect((await summaryOf("MZ")).totals.find((money) => money.currency === "USD")).toMatchObject({ committed: "40000", gap: "360000" });
    await withdrawNeed(database.db, people.mozambique, { id: costingNeed.id, version: 1 });
    await expectAsItsOwnPages();
    await editSupportEntry(database.db, people.ilo, { ...financial({ agencyId: people.iloId, title: "Assessment grant", currency: "XOF", amount: "200000", countryStepId: assessment }), id: francs.id, version: 1 });
    expect((await summaryOf("MZ")).totals).toEqual([
      { currency: "USD", needed: "0", pledged: "0", committed: "40000", disbursed: "0", spent: "0", gap: "0" },
      { currency: "XOF", needed: "1000000", pledged: "0", committed: "200000", disbursed: "0", spent: "0", gap: "800000" },
    ]);
    await expectAsItsOwnPages();
  });

  it("is refused to those who may not export reports everywhere", async () => {
    await expect(getSummaryReport(database.db, people.mozambique, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

/** The summary through the API's core, as a request with the actor's session would be answered. */
async function answered(actor: Actor) {
  const request = new Request("http://socle.test/api/v1/reports/summary", { headers: { host: "socle.test" } });
  const authenticate = async () => ({ actor, via: "session" as const });
  return (await handleApiRequest(findEndpoint("GET", "/reports/summary"), request, {}, { db: database.db, authenticate })) as { status: number; body: { data: Record<string, unknown>[] } };
}

describe("the summary's table, downloaded and through the API (after the changes above)", () => {
  it("as CSV and XLSX: a row per country and currency, in the page's order, amounts exact and cells as the page counts them", async () => {
    const { countries } = await getSummaryReport(database.db, people.coordinator, "fr");
    const { tables, rowCount } = await exportTables(database.db, people.coordinator, "summary", {}, { locale: "fr", origin: "https://socle.example" });
    const rows = parse(await new Response(csvStream(tables[0]!)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rowCount).toBe(rows.length);
    // The page's order (by name in the reader's language), a country without money on one row.
    expect([...new Set(rows.map((row) => row.country))]).toEqual(countries.map((country) => country.code));
    expect(rows).toHaveLength(countries.reduce((sum, country) => sum + Math.max(1, country.totals.length), 0));
    const mozambique = countries.find((country) => country.code === "MZ")!;
    const steps = { stepsDone: String(mozambique.stepsDone), stepsApplicable: String(mozambique.stepsApplicable), stepsInProgress: String(mozambique.inProgress) };
    const shared = { country: "MZ", countryName: "Mozambique", region: mozambique.region, spfiStatus: mozambique.spfiStatus, ...steps, technicalEntries: "1", financialEntries: "2" };
    expect(rows.filter((row) => row.country === "MZ")).toEqual([
      { ...shared, currency: "USD", needed: "0", pledged: "0", committed: "40000", disbursed: "0", spent: "0", gap: "0" },
      { ...shared, currency: "XOF", needed: "1000000", pledged: "0", committed: "200000", disbursed: "0", spent: "0", gap: "800000" },
    ]);
    expect(rows.find((row) => row.country === "TH")).toMatchObject({ currency: "", needed: "", committed: "", gap: "" });

    const workbook = new ExcelJS.Workbook();
    const again = await exportTables(database.db, people.coordinator, "summary", {}, { locale: "fr", origin: "https://socle.example" });
    await workbook.xlsx.load(Buffer.from(await new Response(xlsxStream(again.tables)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("summary")!;
    const [header, ...cells] = Array.from({ length: sheet.rowCount }, (_, index) => (sheet.getRow(index + 1).values as unknown[]).slice(1));
    const xof = cells.find((row) => row[0] === "MZ" && row[header!.indexOf("currency")] === "XOF")!;
    expect(cells).toHaveLength(rows.length);
    expect(xof[header!.indexOf("committed")]).toBe(200000);
    expect(xof[header!.indexOf("stepsInProgress")]).toBe(mozambique.inProgress);
  });

  it("through GET /api/v1/reports/summary: every country by code, named in every language, its money per currency", async () => {
    const answer = await answered(people.coordinator);
    expect(answer.status).toBe(200);
    const { countries } = await getSummaryReport(database.db, people.coordinator, "en");
    expect(answer.body.data.map((country) => country.code)).toEqual(countries.map((country) => country.code).sort());
    expect(answer.body.data.find((country) => country.code === "MZ")).toMatchObject({
      name: { en: "Mozambique", fr: "Mozambique", pt: "Moçambique" },
      technicalEntries: 1,
      financialEntries: 2,
      money: (await summaryOf("MZ")).totals,
    });
    expect(answer.body.data.find((country) => country.code === "TH")).toMatchObject({ money: [] });
  });

  it("is refused to a working group and an adviser, downloaded or through the API", async () => {
    for (const actor of [people.mozambique, people.unicef]) {
      await expect(exportTables(database.db, actor, "summary", {}, { locale: "en", origin: "https://socle.example" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(answered(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
