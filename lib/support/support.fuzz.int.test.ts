import { and, count, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { supportEntries, supportNeeds, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { sampleXlsx } from "@/lib/files/sample-files";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { anyValue, currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addNeed } from "./add-need";
import { addSupportEntry } from "./add-support-entry";
import { addSupportTransaction } from "./add-support-transaction";
import { answerNeed, unanswerNeed } from "./answer-need";
import { editNeed } from "./edit-need";
import { editSupportEntry } from "./edit-support-entry";
import { exchangeColumns } from "./exchange-format";
import { getCountrySupport } from "./get-country-support";
import { getSummaryReport } from "@/lib/reports/get-summary-report";
import { applySupportImport, checkSupportImport } from "./import-support";
import { withdrawNeed } from "./withdraw-need";
import { withdrawSupportEntry } from "./withdraw-support-entry";
import { withdrawSupportTransaction } from "./withdraw-support-transaction";

const database = useTestDatabase();
let unicef: Actor;
let mozambique: Actor;
let unicefId: string;
let iloId: string;
let mozambiqueSteps: string[];
let togoStep: string;
let unicefEntries: string[];
let iloEntry: string;
let mozambiqueNeeds: string[];
let togoNeed: string;

const stepId = async (countryCode: string, key: string) => (await stepOf(database.db, countryCode, key)).id;
const agencyId = (acronym: string) => agencyIdOf(database.db, acronym);

const amount = () =>
  mostly(["250000", "1 000.50"], fc.oneof(
    fc.constantFrom("250000", "1 000.50", "0", "-5", "1e6", "12,5", "0.00001", "99999999999999999", "1".repeat(40), " 7 ", "NaN"),
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
    fc.double().map(String),
  ));
const currency = () => mostly(["USD", "eur", "XOF"], fc.constantFrom("", "US", "USDX", "XXX", "ABC", "€", "usd "));
const date = () => mostly(["2026-02-01"], fc.constantFrom("2026-02-30", "2026-13-01", "", "01/02/2026", "2026-2-1"));
const text = (maximum: number) => fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));

beforeAll(async () => {
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  [unicefId, iloId] = [await agencyId("UNICEF"), await agencyId("ILO")];
  mozambiqueSteps = [await stepId("MZ", "costing_financing"), await stepId("MZ", "assessment")];
  togoStep = await stepId("TG", "assessment");
  const entry = { countryCode: "MZ", kind: "financial", title: "Child grant costing", status: "ongoing", amount: "1000", currency: "USD" };
  unicefEntries = [(await addSupportEntry(database.db, unicef, { ...entry, agencyId: unicefId })).id, (await addSupportEntry(database.db, unicef, { ...entry, agencyId: unicefId })).id];
  iloEntry = (await addSupportEntry(database.db, ilo, { ...entry, agencyId: iloId })).id;
  const need = { countryStepId: mozambiqueSteps[0], kind: "technical", technicalCategory: "costing_modelling", description: "Costing", priority: "high" };
  mozambiqueNeeds = [(await addNeed(database.db, mozambique, { ...need, countryCode: "MZ" })).id, (await addNeed(database.db, mozambique, { ...need, countryCode: "MZ" })).id];
  togoNeed = (await addNeed(database.db, togo, { ...need, countryStepId: togoStep, countryCode: "TG" })).id;
});

const fuzz = fuzzerFor(database);

const versionOf = (table: typeof supportEntries | typeof supportNeeds) => (id: unknown) => versionIn(database.db, table, id);

const entryFields = () => ({
  countryStepId: fc.oneof(fc.constant(""), idAmong(...mozambiqueSteps, togoStep)),
  kind: mostly(["financial"], fc.constantFrom("technical", "in_kind")),
  reference: fc.oneof(fc.constant(""), text(100)),
  title: text(200),
  description: fc.string({ maxLength: 40 }),
  technicalCategory: mostly(["", "costing_modelling"], fc.constantFrom("legal_drafting", "nope")),
  status: mostly(["planned", "ongoing", "delivered"], fc.constant("cancelled")),
  startDate: date(),
  endDate: date(),
  deliverables: fc.string({ maxLength: 20 }),
  amount: amount(),
  currency: currency(),
});

/** The sums and counts the database keeps for the fuzzed countries, as the summary reads them, equal those their support pages count and their rows. */
async function expectKeptSumsAsCounted() {
  const coordinator = await createPerson(database, { role: "coordinator" });
  const { countries } = await getSummaryReport(database.db, coordinator, "en");
  for (const code of ["MZ", "TG"]) {
    const support = await getCountrySupport(database.db, coordinator, code);
    const summary = countries.find((country) => country.code === code)!;
    expect(summary.totals, code).toEqual(support.totals);
    const live = await database.db.select({ kind: supportEntries.kind, n: count() }).from(supportEntries).where(and(eq(supportEntries.countryCode, code), isNull(supportEntries.deletedAt))).groupBy(supportEntries.kind);
    const of = (kind: string) => live.find((row) => row.kind === kind)?.n ?? 0;
    expect([summary.technicalEntries, summary.financialEntries], code).toEqual([of("technical"), of("financial")]);
  }
}

describe("fuzzed support writes get a 4xx or succeed, and refusals change nothing", () => {
  it("adding a support entry", async () => {
    const input = formLike({
      countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "XX", "MOZ")),
      agencyId: idAmong(unicefId, iloId),
      answersNeedId: fc.oneof(fc.constant(""), idAmong(...mozambiqueNeeds, togoNeed)),
      ...entryFields(),
    });
    await fuzz(input, (values) => addSupportEntry(database.db, unicef, values));
  }, fuzzTimeout);

  it("editing a support entry", async () => {
    const mixed = formLike({ id: idAmong(...unicefEntries, iloEntry), version: versionLike(), ...entryFields() });
    const valid = fc.record({ id: fc.constantFrom(...unicefEntries), version: fc.constant(currentVersion), kind: fc.constant("financial"), title: text(200), status: fc.constant("ongoing"), amount: amount(), currency: currency() });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, async (values) => editSupportEntry(database.db, unicef, await withVersion(values, () => versionOf(supportEntries)(values.id))));
  }, fuzzTimeout);

  it("adding a transaction: negative, enormous and too precise amounts, bad dates, confirmation notes", async () => {
    const input = formLike({
      supportEntryId: idAmong(...unicefEntries, iloEntry),
      type: mostly(["pledged", "committed"], fc.constantFrom("disbursed", "spent", "refunded")),
      amount: amount(),
      occurredOn: date(),
      confirmationNote: fc.oneof(fc.constant(""), text(1000)),
    });
    await fuzz(input, (values) => addSupportTransaction(database.db, unicef, values));
  }, fuzzTimeout);

  it("withdrawing a transaction", async () => {
    const transactionIds = async () => (await database.db.select({ id: supportTransactions.id }).from(supportTransactions)).map((row) => row.id);
    const input = formLike({ id: fc.oneof(fc.constant("an existing one"), anyValue()) });
    await fuzz(input, async (values) => {
      if (values.id !== "an existing one") return withdrawSupportTransaction(database.db, unicef, values);
      return withdrawSupportTransaction(database.db, unicef, { id: (await transactionIds()).at(-1) });
    }, { mustAccept: false });
  }, fuzzTimeout);

  const needFields = () => ({
    countryStepId: idAmong(...mozambiqueSteps, togoStep),
    kind: mostly(["technical"], fc.constantFrom("funding", "financial")),
    technicalCategory: mostly(["costing_modelling"], fc.constantFrom("", "nope")),
    description: text(2000),
    estimateAmount: fc.oneof(fc.constant(""), amount()),
    estimateCurrency: fc.oneof(fc.constant(""), currency()),
    priority: mostly(["high", "medium", "low"], fc.constant("urgent")),
  });

  it("adding a need", async () => {
    const input = formLike({ countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "XX")), ...needFields() });
    await fuzz(input, (values) => addNeed(database.db, mozambique, values));
  }, fuzzTimeout);

  it("editing a need", async () => {
    const mixed = formLike({ id: idAmong(...mozambiqueNeeds, togoNeed), version: versionLike(), ...needFields() });
    const valid = fc.record({
      id: fc.constant(mozambiqueNeeds[0]!),
      version: fc.constant(currentVersion),
      countryStepId: fc.constantFrom(...mozambiqueSteps),
      kind: fc.constant("technical"),
      technicalCategory: fc.constant("costing_modelling"),
      description: text(2000),
      priority: fc.constantFrom("high", "medium", "low"),
    });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, async (values) => editNeed(database.db, mozambique, await withVersion(values, () => versionOf(supportNeeds)(values.id))));
  }, fuzzTimeout);

  it("answering and unanswering a need", async () => {
    const input = fc.tuple(fc.boolean(), formLike({ needId: idAmong(...mozambiqueNeeds, togoNeed), supportEntryId: idAmong(...unicefEntries, iloEntry) }));
    await fuzz(input, ([answer, values]) => (answer ? answerNeed(database.db, unicef, values) : unanswerNeed(database.db, unicef, values)));
  }, fuzzTimeout);

  it("then each country's kept sums are those its support page counts (decision 2560)", expectKeptSumsAsCounted);

  it("withdrawing a need and an entry (last, as they end the records)", async () => {
    const input = fc.tuple(
      fc.boolean(),
      formLike({ id: fc.oneof(idAmong(mozambiqueNeeds[1]!, unicefEntries[1]!, togoNeed, iloEntry)), version: versionLike(), reason: fc.oneof(fc.constant(""), text(1000)) }),
    );
    await fuzz(input, async ([need, values]) =>
      need
        ? withdrawNeed(database.db, mozambique, await withVersion(values, () => versionOf(supportNeeds)(values.id)))
        : withdrawSupportEntry(database.db, unicef, await withVersion(values, () => versionOf(supportEntries)(values.id))),
    { mustAccept: false });
  }, fuzzTimeout);
});

const encode = (value: string) => new TextEncoder().encode(value);

/** CSV text a person or a broken tool could produce: wrong delimiters, stray quotes, BOMs, huge and formula cells, missing headers. */
const malformedCsv = (): fc.Arbitrary<Uint8Array> => {
  const cell = fc.oneof(
    fc.constantFrom("entry", "transaction", "UNICEF", "MZ", "financial", "ongoing", "1000", "USD", "costing_financing", "Grant"),
    fc.constantFrom('"', '""', '"a"b', "=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "-2", "\r", "\u0000", "\ufeff", "x".repeat(40_000)),
    fc.string({ maxLength: 20 }),
  );
  const header = fc.oneof(
    fc.constant([...exchangeColumns]),
    fc.shuffledSubarray([...exchangeColumns]),
    fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }),
  );
  return fc
    .tuple(header, fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 8 }), fc.constantFrom(",", ";", "\t", "|"), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"))
    .map(([columns, rows, delimiter, bom, newline]) =>
      encode((bom ? "\ufeff" : "") + [columns, ...rows].map((row) => row.join(delimiter)).join(newline)),
    );
};

/** A real workbook with the right headers and cells of the wrong types. */
async function workbookWithWrongTypes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Support");
  sheet.addRow([...exchangeColumns]);
  sheet.addRow(["entry", 12, true, new Date(2026, 1, 1), { formula: "1+1" }, "financial", { richText: [{ text: "Grant" }] }, null, "", "ongoing", 45000, "not a date", "", -3, 1.5e300, "", "", "", ""]);
  sheet.addRow(["transaction", "12", "UNICEF", "MZ", "", "", "", "", "", "", "", "", "", "", "USD", "spent", new Date(Number.NaN), { error: "#DIV/0!" }, ""]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("fuzzed support imports get a 4xx or a report, and refusals change nothing", () => {
  it("a dry run of malformed CSV, malformed XLSX and random bytes, then applying it", async () => {
    const wrongTypes = await workbookWithWrongTypes();
    const valid = encode(`record,reference,agency,country,step,kind,title,status,amount,currency\nentry,FZ-1,UNICEF,MZ,costing_financing,financial,Grant,ongoing,1000,USD\n`);
    const file = fc.oneof(
      fc.constant(valid),
      malformedCsv(),
      fc.constant(wrongTypes),
      fc.constant(sampleXlsx()),
      fc.integer({ min: 1, max: wrongTypes.length - 1 }).map((length) => wrongTypes.slice(0, length)),
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes])),
    );
    const input = fc.record({ fileName: fc.constantFrom("support.csv", "support.xlsx", "../../x", "", "a".repeat(500)), bytes: file, apply: fc.boolean() });
    await fuzz(input, async ({ fileName, bytes, apply }) => {
      const checked = await checkSupportImport(database.db, unicef, { fileName, bytes });
      if (apply) await applySupportImport(database.db, unicef, { importId: checked.id });
    });
  }, fuzzTimeout);

  it("applying a forged import id", async () => {
    await fuzz(formLike({ importId: fc.uuid() }), (values) => applySupportImport(database.db, unicef, { importId: values.importId }), { mustAccept: false });
  }, fuzzTimeout);
});

describe("after every fuzzed write", () => {
  it("each country's sums kept by the database are still those its support page counts from its flows", expectKeptSumsAsCounted);
});
