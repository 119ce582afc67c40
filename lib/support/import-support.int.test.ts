import { count } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, countrySteps, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { addSupportEntry } from "./add-support-entry";
import { addSupportTransaction } from "./add-support-transaction";
import { blankRow, type ExchangeRow } from "./exchange-format";
import { templateRows } from "./exchange-template";
import { getCountrySupport } from "./get-country-support";
import { applySupportImport, checkSupportImport, getSupportImport } from "./import-support";
import { importLimits } from "@/lib/imports/import-limits";
import { readExchangeRows } from "./read-exchange-rows";
import { exchangeCsv, exchangeXlsx } from "./write-exchange-file";
import { withValues } from "@/lib/validation/zod";

const database = useTestDatabase();
let unicef: Actor;
let ilo: Actor;

beforeAll(async () => {
  [unicef, ilo] = await Promise.all([
    createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" }),
    createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" }),
  ]);
});

const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (rows: Partial<ExchangeRow>[]) => bytes(exchangeCsv(rows.map((row) => ({ ...blankRow(), ...row }))));

const entry = (reference: string, overrides: Partial<ExchangeRow> = {}): Partial<ExchangeRow> => ({
  record: "entry",
  reference,
  agency: "UNICEF",
  country: "PH",
  step: "costing_financing",
  kind: "financial",
  title: `Grant ${reference}`,
  status: "ongoing",
  amount: "1000",
  currency: "USD",
  ...overrides,
});
const transaction = (reference: string, type: string, amount: string, overrides: Partial<ExchangeRow> = {}): Partial<ExchangeRow> => ({
  record: "transaction",
  reference,
  agency: "UNICEF",
  currency: "USD",
  transaction_type: type,
  transaction_date: "2026-02-01",
  transaction_amount: amount,
  ...overrides,
});

async function counts() {
  const [[entries], [transactions], [audits]] = await Promise.all([
    database.db.select({ n: count() }).from(supportEntries),
    database.db.select({ n: count() }).from(supportTransactions),
    database.db.select({ n: count() }).from(auditLog),
  ]);
  return { entries: entries!.n, transactions: transactions!.n, audits: audits!.n };
}

describe("a bulk import", () => {
  it("reports add for every new row in a dry run that writes nothing, then applies all of it", async () => {
    const file = csv([entry("PH-1"), transaction("PH-1", "committed", "800"), transaction("PH-1", "disbursed", "500.25"), entry("PH-2", { kind: "technical", technical_category: "costing_modelling", amount: "", currency: "" })]);
    const before = await counts();
    const checked = await checkSupportImport(database.db, unicef, { fileName: "../../etc/support.csv", bytes: file });
    expect(checked.report).toMatchObject({ format: "csv", rowCount: 4, errors: [], counts: { add: 4, update: 0, skip: 0 } });
    expect(checked.report.rows.map((row) => [row.line, row.record, row.action])).toEqual([
      [2, "entry", "add"],
      [3, "transaction", "add"],
      [4, "transaction", "add"],
      [5, "entry", "add"],
    ]);
    expect(await counts()).toMatchObject({ entries: before.entries, transactions: before.transactions });
    expect((await getSupportImport(database.db, unicef, checked.id)).fileName).toBe("support.csv");

    const result = await applySupportImport(database.db, unicef, { importId: checked.id });
    expect(result.applied).toBe(true);
    const { totals } = await getCountrySupport(database.db, unicef, "PH");
    expect(totals).toEqual([expect.objectContaining({ currency: "USD", committed: "800", disbursed: "500.25" })]);
    await expect(applySupportImport(database.db, unicef, { importId: checked.id })).rejects.toMatchObject({ message: "import.alreadyApplied" });
    // Another person cannot see or apply it.
    await expect(getSupportImport(database.db, ilo, checked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const again = await checkSupportImport(database.db, unicef, {
      fileName: "again.csv",
      bytes: csv([entry("PH-1", { title: "Grant PH-1, revised" }), transaction("PH-1", "committed", "800.00"), transaction("PH-1", "committed", "800")]),
    });
    expect(again.report.rows.map((row) => [row.action, row.changes])).toEqual([
      ["update", ["title"]],
      ["skip", []],
      ["add", []], // a second identical commitment is a new one
    ]);
  });

  it("refuses the whole file for one row of another agency, and says which row and column", async () => {
    const before = await counts();
    const file = csv([entry("MIX-1"), entry("MIX-2", { agency: "ILO" }), entry("MIX-3", { agency: "NOPE" }), entry("MIX-4", { agency: "ILO", amount: "-1" })]);
    const checked = await checkSupportImport(database.db, unicef, { fileName: "mix.csv", bytes: file });
    expect(checked.report.errors).toEqual([
      { line: 3, column: "agency", message: "import.otherAgency" },
      { line: 4, column: "agency", message: "import.unknownAgency" },
      // Another agency's row is said so even when another column is wrong too.
      { line: 5, column: "agency", message: "import.otherAgency" },
      { line: 5, column: "amount", message: "validation.amountNegative" },
    ]);
    const result = await applySupportImport(database.db, unicef, { importId: checked.id });
    expect(result.applied).toBe(false);
    expect(await counts()).toMatchObject({ entries: before.entries, transactions: before.transactions });
  });

  it("gives the form's messages for bad values, by row and column", async () => {
    const file = csv([
      entry("BAD-1", { amount: "-10" }),
      entry("BAD-2", { amount: "ten thousand" }),
      entry("BAD-3", { currency: "ABC" }),
      entry("BAD-4", { start_date: "2026-06-01", end_date: "2026-01-01" }),
      entry("BAD-5", { step: "not_a_step", country: "ZZ" }),
      entry("BAD-6", { record: "budget" }),
      transaction("NOWHERE", "committed", "5"),
      entry("BAD-1"),
    ]);
    const checked = await checkSupportImport(database.db, unicef, { fileName: "bad.csv", bytes: file });
    expect(checked.report.errors).toEqual([
      { line: 2, column: "amount", message: "validation.amountNegative" },
      { line: 3, column: "amount", message: "validation.amount" },
      { line: 4, column: "currency", message: "validation.currency" },
      { line: 5, column: "end_date", message: "validation.endBeforeStart" },
      { line: 6, column: "country", message: "import.unknownCountry" },
      { line: 7, column: "record", message: "validation.choice" },
      { line: 8, column: "reference", message: "import.unknownEntry" },
    ]);
  });

  it("wants a confirmation note on a row that makes disbursed exceed committed", async () => {
    const rows = [entry("NOTE-1"), transaction("NOTE-1", "committed", "100"), transaction("NOTE-1", "disbursed", "150")];
    const refused = await checkSupportImport(database.db, unicef, { fileName: "n.csv", bytes: csv(rows) });
    expect(refused.report.errors).toEqual([{ line: 4, column: "confirmation_note", message: "support.confirmDisbursedOverCommitted" }]);
    rows[2] = transaction("NOTE-1", "disbursed", "150", { confirmation_note: "Bridging advance" });
    const accepted = await checkSupportImport(database.db, unicef, { fileName: "n.csv", bytes: csv(rows) });
    expect(accepted.report.errors).toEqual([]);
  });

  it("refuses files it cannot read, with a message about the file", async () => {
    const attempt = (file: Uint8Array) => checkSupportImport(database.db, unicef, { fileName: "f.csv", bytes: file });
    await expect(attempt(new Uint8Array())).rejects.toMatchObject({ fieldErrors: { file: "import.fileEmpty" } });
    await expect(attempt(bytes("title,amount\nx,1\n"))).rejects.toMatchObject({ fieldErrors: { file: withValues("import.missingColumns", { columns: "record, reference, agency" }) } });
    await expect(attempt(bytes('record,reference,agency\n"entry,1,UNICEF\n'))).rejects.toMatchObject({ fieldErrors: { file: expect.stringMatching(/^import.csvMalformed/) } });
    await expect(attempt(new Uint8Array(importLimits.maxBytes + 1).fill(65))).rejects.toMatchObject({ fieldErrors: { file: "import.fileTooLarge?maximum=2" } });
    const tooMany = csv(Array.from({ length: importLimits.maxRows + 1 }, (_, index) => entry(`MANY-${index}`)));
    await expect(attempt(tooMany)).rejects.toMatchObject({ fieldErrors: { file: `import.tooManyRows?maximum=${importLimits.maxRows}` } });
    await expect(attempt(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({ fieldErrors: { file: "import.unreadable" } });
  });

  it("reads a semicolon CSV as spreadsheets in French save it", async () => {
    const text = stringify([["record", "reference", "agency", "country", "kind", "title", "technical_category"], ["entry", "FR-1", "UNICEF", "BJ", "technical", "Atelier é", "training_capacity"]], { delimiter: ";" });
    const checked = await checkSupportImport(database.db, unicef, { fileName: "fr.csv", bytes: bytes(text) });
    expect(checked.report).toMatchObject({ errors: [], counts: { add: 1 } });
  });

  it("is refused to people who give no support", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "PH" });
    await expect(checkSupportImport(database.db, member, { fileName: "x.csv", bytes: csv([entry("X")]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the exchange shape", () => {
  it("re-imports what Socle exports, as CSV and as XLSX, without edits: every row is skipped", async () => {
    const [national] = await database.db
      .insert(countrySteps)
      .values({ countryCode: "KH", nationalTitle: "National dialogue on fiscal space", position: 95 })
      .returning({ id: countrySteps.id });
    const base = { countryCode: "KH", agencyId: await agencyIdOf(database.db, "UNICEF"), status: "delivered" };
    const money = await addSupportEntry(database.db, unicef, {
      ...base,
      kind: "financial",
      title: "Grant, with \"quotes\", commas; and é",
      description: "Line one\nLine two",
      amount: "1234567890123.4567",
      currency: "KHR",
      startDate: "2026-01-15",
      endDate: "2026-12-31",
      countryStepId: national!.id,
    });
    await addSupportTransaction(database.db, unicef, { supportEntryId: money.id, type: "committed", amount: "0.1", occurredOn: "2026-02-01" });
    await addSupportTransaction(database.db, unicef, { supportEntryId: money.id, type: "committed", amount: "0.1", occurredOn: "2026-02-01" });
    await addSupportTransaction(database.db, unicef, { supportEntryId: money.id, type: "disbursed", amount: "0.3", occurredOn: "2026-02-02", confirmationNote: "Over on purpose" });
    await addSupportEntry(database.db, unicef, { ...base, kind: "technical", technicalCategory: "south_south_cooperation", title: "Exchange visit", reference: "KH/2026/07", deliverables: "A report" });

    const rows = await readExchangeRows(database.db, unicef, { countryCode: "KH" });
    // Ordered by reference, each entry followed by its transactions.
    expect(rows.map((row) => [row.record, row.reference.startsWith("SOCLE-") ? "SOCLE-…" : row.reference])).toEqual([
      ["entry", "KH/2026/07"],
      ["entry", "SOCLE-…"],
      ["transaction", "SOCLE-…"],
      ["transaction", "SOCLE-…"],
      ["transaction", "SOCLE-…"],
    ]);
    expect(rows[1]).toMatchObject({ step: national!.id, amount: "1234567890123.4567" });

    const before = await counts();
    for (const file of [bytes(exchangeCsv(rows)), new Uint8Array(await exchangeXlsx(rows, []))]) {
      const checked = await checkSupportImport(database.db, unicef, { fileName: "export", bytes: file });
      expect(checked.report.errors).toEqual([]);
      expect(checked.report.counts).toEqual({ add: 0, update: 0, skip: 5 });
    }
    expect(await counts()).toMatchObject({ entries: before.entries, transactions: before.transactions });
  });

  it("offers a template that imports as it is", async () => {
    for (const file of [bytes(exchangeCsv(templateRows("UNICEF"))), new Uint8Array(await exchangeXlsx(templateRows("UNICEF"), [{ column: "record", required: "yes", values: "entry, transaction" }]))]) {
      const checked = await checkSupportImport(database.db, unicef, { fileName: "template", bytes: file });
      expect(checked.report).toMatchObject({ errors: [], counts: { add: 4, update: 0, skip: 0 } });
    }
  });

  it("imports 500 rows in one go", async () => {
    const rows: Partial<ExchangeRow>[] = [];
    for (let index = 0; index < 250; index++) {
      rows.push(entry(`BULK-${index}`, { country: "TH", step: index % 2 ? "assessment" : "monitoring" }));
      rows.push(transaction(`BULK-${index}`, "committed", `${index + 1}.5`));
    }
    const started = performance.now();
    const checked = await checkSupportImport(database.db, unicef, { fileName: "bulk.csv", bytes: csv(rows) });
    const checkedIn = performance.now() - started;
    expect(checked.report.counts).toEqual({ add: 500, update: 0, skip: 0 });
    const result = await applySupportImport(database.db, unicef, { importId: checked.id });
    console.log(`500-row import: dry run ${Math.round(checkedIn)} ms, apply ${Math.round(performance.now() - started - checkedIn)} ms`);
    expect(result.applied).toBe(true);
    const { totals } = await getCountrySupport(database.db, ilo, "TH");
    // 1.5 + 2.5 + … + 250.5 = 250 × 126
    expect(totals).toEqual([expect.objectContaining({ currency: "USD", committed: "31500" })]);
  });
});
