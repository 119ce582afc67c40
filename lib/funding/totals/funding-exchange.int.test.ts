/**
 * Funding in the support exchange shape, on a real database: an import names a member, a donor and the giving
 * member's entry it passes on (refused, writing nothing, when that entry is another country's), a value date; the
 * support export writes them back, and after them each transaction's rate, its period, source and converted amount,
 * or why it has none.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { exportSupport } from "@/lib/reports/export-support";
import type { ExportRow } from "@/lib/reports/tabular";
import { blankRow, type ExchangeRow } from "@/lib/support/exchange-format";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { applySupportImport, checkSupportImport } from "@/lib/support/import-support";
import { exchangeCsv } from "@/lib/support/write-exchange-file";
import { createPerson, useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();
let coordinator: Actor;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  await database.db.insert(exchangeRates).values({
    currency: "PHP", baseCurrency: "USD", period: "month", periodStart: "2026-01-01", rate: "58", source: "Test rates", createdById: coordinator.userId,
  });
});

const csv = (rows: Partial<ExchangeRow>[]) => new TextEncoder().encode(exchangeCsv(rows.map((row) => ({ ...blankRow(), ...row }))));
const entry = (agency: string, reference: string, overrides: Partial<ExchangeRow> = {}): Partial<ExchangeRow> => ({
  record: "entry", reference, agency, country: "PH", kind: "financial", title: `Grant ${reference}`, status: "ongoing", amount: "580000", currency: "PHP", ...overrides,
});
const committed = (agency: string, reference: string, amount: string, overrides: Partial<ExchangeRow> = {}): Partial<ExchangeRow> => ({
  record: "transaction", reference, agency, currency: "PHP", transaction_type: "committed", transaction_date: "2026-02-01", transaction_amount: amount, ...overrides,
});

async function exportedRows(): Promise<ExportRow[]> {
  const { table } = await exportSupport(database.db, coordinator, { country: "PH" });
  const rows: ExportRow[] = [];
  for await (const batch of table.batches) rows.push(...batch);
  expect(table.columns.map((column) => column.key).slice(-6)).toEqual(["rate", "rate_period", "rate_date", "rate_source", "amount_usd", "rate_missing"]);
  return rows;
}

describe("funding in the exchange shape", () => {
  it("imports a pass-through of a member's entry in the same file, counted once, and exports it with each transaction's rate", async () => {
    const file = csv([
      entry("UNICEF", "UNICEF-PH-1", { funding_source: "donor", funding_donor: "Government of Japan" }),
      committed("UNICEF", "UNICEF-PH-1", "580000"),
      entry("ILO", "ILO-PH-1", { amount: "116000", funding_source: "member", funding_agency: "unicef", passes_on: "UNICEF-PH-1" }),
      committed("ILO", "ILO-PH-1", "116000", { value_date: "2025-12-15" }), // before any rate: left out, and why
    ]);
    const checked = await checkSupportImport(database.db, coordinator, { fileName: "funding.csv", bytes: file });
    expect(checked.report.errors).toEqual([]);
    expect((await applySupportImport(database.db, coordinator, { importId: checked.id })).applied).toBe(true);

    const page = await getCountrySupport(database.db, coordinator, "PH");
    expect(page.totals).toEqual([expect.objectContaining({ currency: "PHP", committed: "580000" })]);
    expect(page.funding).toMatchObject({ converted: { committed: "10000", leftOut: [] }, passedOnFrom: [expect.any(String)] });

    const rows = await exportedRows();
    const byRecord = (reference: string, record: string) => rows.find((row) => row.reference === reference && row.record === record)!;
    expect(byRecord("UNICEF-PH-1", "entry")).toMatchObject({ funding_source: "donor", funding_donor: "Government of Japan", funding_agency: "", passes_on: "" });
    expect(byRecord("ILO-PH-1", "entry")).toMatchObject({ funding_source: "member", funding_agency: "UNICEF", passes_on: "UNICEF-PH-1" });
    expect(byRecord("UNICEF-PH-1", "transaction")).toMatchObject({
      value_date: "2026-02-01", rate: "58", rate_period: "month", rate_date: "2026-01-01", rate_source: "Test rates", amount_usd: "10000.00", rate_missing: null,
    });
    expect(byRecord("ILO-PH-1", "transaction")).toMatchObject({ value_date: "2025-12-15", rate: null, amount_usd: null, rate_missing: "no_rate" });

    // The file as exported imports again and changes nothing.
    const again = await checkSupportImport(database.db, coordinator, {
      fileName: "again.csv",
      bytes: csv(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null || value === undefined ? "" : String(value)])))),
    });
    expect(again.report).toMatchObject({ errors: [], counts: { add: 0, update: 0 } });
  });

  it("refuses, writing nothing, a pass-through of another country's entry or of an unknown one, and an unknown member", async () => {
    const file = csv([
      entry("UNICEF", "UNICEF-TG-1", { country: "TG" }),
      entry("ILO", "ILO-PH-2", { funding_source: "member", funding_agency: "UNICEF", passes_on: "UNICEF-TG-1" }),
      entry("ILO", "ILO-PH-3", { funding_source: "member", funding_agency: "UNICEF", passes_on: "NOPE" }),
      entry("ILO", "ILO-PH-4", { funding_source: "member", funding_agency: "NOPE" }),
    ]);
    const checked = await checkSupportImport(database.db, coordinator, { fileName: "bad.csv", bytes: file });
    expect(checked.report.errors).toEqual([
      { line: 4, column: "passes_on", message: "import.unknownEntry" },
      { line: 5, column: "funding_agency", message: "import.unknownAgency" },
    ]);
    const other = await checkSupportImport(database.db, coordinator, { fileName: "other.csv", bytes: csv([entry("UNICEF", "UNICEF-TG-1", { country: "TG" }), entry("ILO", "ILO-PH-2", { funding_source: "member", funding_agency: "UNICEF", passes_on: "UNICEF-TG-1" })]) });
    expect(other.report.errors).toEqual([{ line: 3, column: "passes_on", message: "funding.giverOtherCountry" }]);
    expect((await applySupportImport(database.db, coordinator, { importId: other.id })).applied).toBe(false);
  });
});
