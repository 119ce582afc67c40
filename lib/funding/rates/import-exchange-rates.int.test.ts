/**
 * The rate table import on a real database: both layouts told by their header, CRLF, a byte-order mark and quoted
 * fields; a dry run that writes nothing, an apply that writes all or nothing, the same file again unchanged; rows of
 * a shared currency merged and differing ones refused by row; bounds before reading; and the IMF's real annual table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, exchangeRates } from "@/db/schema";
import { exchangeRateImportLimits } from "@/lib/imports/import-limits";
import { exportExchangeRates } from "@/lib/reports/export-exchange-rates";
import { keyAsHeader } from "@/lib/reports/tabular";
import { csvStream } from "@/lib/reports/write-csv-stream";
import { xlsxStream } from "@/lib/reports/write-xlsx-stream";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";
import { convert, loadRateTable } from "../conversion";
import { getFundingSettings } from "../settings";
import { addExchangeRate } from "./add-exchange-rate";
import { applyExchangeRateImport, checkExchangeRateImport, getExchangeRateImport } from "./import-exchange-rates";
import { listExchangeRates } from "./list-exchange-rates";

const database = useTestDatabase();
const people = madeBeforeAll(async () => ({
  coordinator: await createPerson(database, { role: "coordinator" }),
  otherCoordinator: await createPerson(database, { role: "coordinator" }),
  member: await createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
}));

const bytes = (text: string) => new TextEncoder().encode(text);
const liveCount = async () => (await listExchangeRates(database.db, people.coordinator, {})).total;

async function checkAndApply(text: string | Uint8Array, fileName = "rates.csv") {
  const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName, bytes: typeof text === "string" ? bytes(text) : text });
  const applied = await applyExchangeRateImport(database.db, people.coordinator, { importId: checked.id });
  return { checked, applied };
}

describe("Socle's layout", () => {
  const table = [
    "\uFEFFcurrency,base_currency,period,period_start,rate,source",
    'MZN,USD,month,2024-01-01,63.9,"Banco de Moçambique, taxas médias"',
    "mzn,usd,month,2024-02-01,63.95,Banco de Moçambique",
    "XOF,USD,year,2023-01-01,606.569750165917,IMF",
    "",
  ].join("\r\n");

  it("shows a dry run that writes nothing, applies it, and changes nothing the second time", async () => {
    const before = await liveCount();
    const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName: "rates.csv", bytes: bytes(table) });
    expect(checked.report).toMatchObject({ layout: "socle", format: "csv", rowCount: 3, counts: { add: 3, update: 0, unchanged: 0 }, errors: [] });
    expect(checked.report.changes[0]).toMatchObject({ line: 2, currency: "MZN", source: "Banco de Moçambique, taxas médias", action: "add" });
    // 15 decimals kept as the 10 numeric(30,10) holds.
    expect(checked.report.changes[2]).toMatchObject({ rate: "606.5697501659" });
    expect(await liveCount()).toBe(before);

    const applied = await applyExchangeRateImport(database.db, people.coordinator, { importId: checked.id });
    expect(applied.applied).toBe(true);
    expect(await liveCount()).toBe(before + 3);
    await expect(applyExchangeRateImport(database.db, people.coordinator, { importId: checked.id })).rejects.toMatchObject({ code: "INVALID", message: "import.alreadyApplied" });

    const again = await checkAndApply(table);
    expect(again.checked.report.counts).toMatchObject({ add: 0, update: 0, unchanged: 3 });
    expect(await liveCount()).toBe(before + 3);
  });

  it("updates a rate of the same key with a new figure, with the figure before in its history", async () => {
    const { checked } = await checkAndApply(table.replace("63.95", "64"));
    expect(checked.report.counts).toMatchObject({ add: 0, update: 1, unchanged: 2 });
    expect(checked.report.changes).toEqual([expect.objectContaining({ line: 3, action: "update", rate: "64", previousRate: "63.95" })]);
    const [rate] = await database.db.select().from(exchangeRates).where(eq(exchangeRates.periodStart, "2024-02-01"));
    expect(rate).toMatchObject({ rate: "64.0000000000", version: 2 });
    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, rate!.id));
    expect(history.map((entry) => entry.action).sort()).toEqual(["exchangeRate.add", "exchangeRate.edit"]);
  });

  it("says what is wrong by row and column, and applies nothing while a row is wrong", async () => {
    const before = await liveCount();
    const bad = [
      "currency,base_currency,period,period_start,rate,source",
      "GHS,USD,month,2024-01-15,12,Bank of Ghana",
      "GHS,USD,week,2024-01-01,12,Bank of Ghana",
      "GHS,USD,month,2024-02-01,abc,Bank of Ghana",
      "XYZ,USD,month,2024-02-01,1,",
      "KES,USD,year,2024-01-01,150,CBK",
      "KES,USD,year,2024-01-01,151,CBK",
    ].join("\n");
    const { checked, applied } = await checkAndApply(bad);
    expect(checked.report.errors).toEqual([
      { line: 2, column: "period_start", message: "exchangeRates.rules.periodStart.month" },
      { line: 3, column: "period", message: "validation.choice" },
      { line: 4, column: "rate", message: "exchangeRates.rules.rate" },
      { line: 5, column: "currency", message: "validation.currency" },
      { line: 5, column: "source", message: "validation.required" },
      { line: 6, column: "rate", message: "exchangeRates.import.differingDuplicates?lines=6%2C+7" },
      { line: 7, column: "rate", message: "exchangeRates.import.differingDuplicates?lines=6%2C+7" },
    ]);
    expect(applied.applied).toBe(false);
    expect(await liveCount()).toBe(before);
  });

  it("refuses a file it cannot tell, too large, or from someone who does not manage rates", async () => {
    await expect(checkExchangeRateImport(database.db, people.coordinator, { fileName: "x.csv", bytes: bytes("currency,rate\nMZN,64\n") })).rejects.toMatchObject({
      fieldErrors: { file: "exchangeRates.import.unknownLayout" },
    });
    await expect(checkExchangeRateImport(database.db, people.coordinator, { fileName: "x.csv", bytes: new Uint8Array(exchangeRateImportLimits.maxBytes + 1).fill(0x41) })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { file: "import.fileTooLarge?maximum=8" },
    });
    const tooMany = `currency,base_currency,period,period_start,rate,source\n${"MZN,USD,day,2024-01-01,1,x\n".repeat(exchangeRateImportLimits.maxRows + 1)}`;
    await expect(checkExchangeRateImport(database.db, people.coordinator, { fileName: "x.csv", bytes: bytes(tooMany) })).rejects.toMatchObject({
      fieldErrors: { file: `import.tooManyRows?maximum=${exchangeRateImportLimits.maxRows}` },
    });
    await expect(checkExchangeRateImport(database.db, people.member, { fileName: "x.csv", bytes: bytes(table) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps one person's import from another", async () => {
    const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName: "rates.csv", bytes: bytes(table) });
    await expect(getExchangeRateImport(database.db, people.otherCoordinator, checked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(applyExchangeRateImport(database.db, people.otherCoordinator, { importId: checked.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers a rate entered by hand meanwhile as unchanged or an update, never a second live rate", async () => {
    const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName: "r.csv", bytes: bytes("currency,base_currency,period,period_start,rate,source\nZMW,USD,year,2024-01-01,26,BoZ\n") });
    expect(checked.report.counts.add).toBe(1);
    await addExchangeRate(database.db, people.coordinator, { currency: "ZMW", baseCurrency: "USD", period: "year", periodStart: "2024-01-01", rate: "25", source: "BoZ" });
    const applied = await applyExchangeRateImport(database.db, people.coordinator, { importId: checked.id });
    expect(applied).toMatchObject({ applied: true, report: { counts: { add: 0, update: 1 } } });
    expect((await listExchangeRates(database.db, people.coordinator, { currency: "ZMW" })).rows.map((rate) => rate.rate)).toEqual(["26"]);
  });
});

describe("the rates' download", () => {
  it("writes Socle's layout, which uploads again with every rate unchanged, in either format", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { table, rowCount } = await exportExchangeRates(database.db, people.member, {});
      expect(rowCount).toBe(await liveCount());
      const stream = format === "csv" ? csvStream(table, keyAsHeader) : xlsxStream([table], keyAsHeader);
      const file = new Uint8Array(await new Response(stream).arrayBuffer());
      const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName: `rates.${format}`, bytes: file });
      expect(checked.report).toMatchObject({ format, layout: "socle", errors: [], counts: { add: 0, update: 0, unchanged: rowCount } });
    }
  });
});

describe("the IMF's table as codeforIATI publishes it", () => {
  const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
  const imfFile = () => new Uint8Array(readFileSync(path.join(realData, "fx-imf-annual-avg-usd-2000plus.csv")));

  it("reads a year's average as the year, merges a currency the WAEMU members share, and refuses differing rows without an issuer", async () => {
    const small = [
      "Date,Rate,Currency,Frequency,Source,Country code,Country",
      '2022-12-31,623.759700911182,XOF,A,IMF,BF,"Burkina Faso"',
      '2022-12-31,622.912348249567,XOF,A,IMF,BJ,"Benin"',
      '2022-12-31,623.759700911182,XOF,A,IMF,7A,"West African Economic and Monetary Union (WAEMU)"',
      "2024-03-31,64.1,MZN,M,IMF,MZ,Mozambique",
      "2022-12-31,1,USD,A,IMF,EC,Ecuador",
      "2000-12-31,1936.2,ITL,A,IMF,IT,Italy",
      "2023-12-31,10,GHS,A,IMF,GH,Ghana",
      "2023-12-31,11,GHS,A,IMF,XX,Somewhere",
      "2023-12-31,11,GHS,Q,IMF,GH,Ghana",
    ].join("\r\n");
    const checked = await checkExchangeRateImport(database.db, people.coordinator, { fileName: "imf.csv", bytes: bytes(small) });
    expect(checked.report).toMatchObject({ layout: "imf", attribution: "Source: International Monetary Fund" });
    expect(checked.report.counts).toMatchObject({ add: 3, duplicate: 3, baseCurrency: 1, unknownCurrency: 1 });
    expect(checked.report.changes.map(({ currency, baseCurrency, period, periodStart, rate, source }) => ({ currency, baseCurrency, period, periodStart, rate, source }))).toEqual([
      { currency: "XOF", baseCurrency: "USD", period: "year", periodStart: "2022-01-01", rate: "623.7597009112", source: "International Monetary Fund" },
      { currency: "MZN", baseCurrency: "USD", period: "month", periodStart: "2024-03-01", rate: "64.1", source: "International Monetary Fund" },
      { currency: "GHS", baseCurrency: "USD", period: "year", periodStart: "2023-01-01", rate: "10", source: "International Monetary Fund" },
    ]);
    // GH is the issuer of GHS (its code begins the currency's): the other row is a duplicate, not an error. Q is no frequency.
    expect(checked.report.errors).toEqual([{ line: 10, column: "frequency", message: "exchangeRates.import.frequency" }]);
  });

  it("imports the real annual table: its counts, a known figure, and the same file again unchanged", async () => {
    await database.db.delete(exchangeRates);
    const { checked, applied } = await checkAndApply(imfFile(), "fx-imf-annual-avg-usd-2000plus.csv");
    expect(checked.report.errors).toEqual([]);
    expect(applied.applied).toBe(true);
    // 4,774 rows: USD's own rows and the 13 currencies Intl's ISO 4217 list no longer holds (ITL, GRD…, and UYW, VED on
    // this runtime) are left out; the rows of a shared currency are one rate.
    expect(checked.report.rowCount).toBe(4774);
    expect(checked.report.counts).toEqual({ add: 3505, update: 0, unchanged: 0, baseCurrency: 195, unknownCurrency: 174, duplicate: 900 });
    expect(await liveCount()).toBe(3505);

    const table = await loadRateTable(database.db, await getFundingSettings(database.db), ["XOF", "MZN"]);
    // WAEMU's own row for 2023 (Benin's differs): 606.569750165917 per USD.
    expect(convert(table, { amount: "606569.750165917", currency: "XOF", valueDate: "2023-07-01" })).toMatchObject({
      converted: expect.stringMatching(/^1000\.0000000/),
      rate: { period: "year", periodStart: "2023-01-01", rate: "606.5697501659", source: "International Monetary Fund" },
    });

    const again = await checkAndApply(imfFile(), "fx-imf-annual-avg-usd-2000plus.csv");
    expect(again.checked.report.counts).toMatchObject({ add: 0, update: 0, unchanged: 3505 });
    expect(await liveCount()).toBe(3505);
  });
});
