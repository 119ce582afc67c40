/**
 * Re-importing a country's scheme inventory on a real database: its own export comes back unchanged in either
 * format and any language, an edited cell is one update and a new row an add, errors are said by row and column with
 * nothing changed, another country's member and another country's schemes are out of reach, and a file checked
 * before someone changed a scheme is refused as a whole.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";
import { importLimits } from "@/lib/imports/import-limits";
import { exportSchemes } from "@/lib/reports/export-schemes";
import type { ExportColumn } from "@/lib/reports/tabular";
import { csvStream } from "@/lib/reports/write-csv-stream";
import { xlsxStream } from "@/lib/reports/write-xlsx-stream";
import { useTestDatabase } from "@/lib/testing/database";
import { withValues } from "@/lib/validation/zod";
import { addScheme } from "./add-scheme";
import { editScheme } from "./edit-scheme";
import { applySchemeImport, checkSchemeImport, getSchemeImport } from "./import-schemes";
import { getScheme, listSchemes } from "./list-schemes";
import { schemeFormValues } from "./scheme-records";
import { cashTransfer, createSchemeCast, fingerprintOf } from "./test-helpers";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let subsidyId: string;
let insuranceId: string;
let togoSchemeId: string;

beforeAll(async () => {
  people = await createSchemeCast(database);
  subsidyId = (await addScheme(database.db, people.mozambique, cashTransfer())).id;
  // Text a spreadsheet would take for a formula comes back as typed.
  insuranceId = (
    await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "=Segurança social obrigatória", englishName: "@Social insurance", guarantees: ["health"], contribution: "contributory", kind: "social_insurance", benefitAmount: "", benefitCurrency: "", sharingLevel: "all" }))
  ).id;
  togoSchemeId = (await addScheme(database.db, people.togo, cashTransfer({ countryCode: "TG", nationalName: "Programme national de filets sociaux", benefitCurrency: "XOF", expenditureCurrency: "XOF" }))).id;
});

type Catalogue = typeof en;
const headerIn = (catalogue: Catalogue) => (column: ExportColumn) => catalogue.exports.column[column.key as keyof Catalogue["exports"]["column"]];

/** Mozambique's inventory as the export writes it for `actor`, headed in a catalogue's language. */
async function exported(actor: Actor, format: "csv" | "xlsx", catalogue: Catalogue = en): Promise<Uint8Array> {
  const { table } = await exportSchemes(database.db, actor, { country: "MZ" });
  const stream = format === "csv" ? csvStream(table, headerIn(catalogue)) : xlsxStream([table], headerIn(catalogue));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The exported CSV with each row passed through `edit` (header names as keys, English headers). */
async function editedCsv(edit: (rows: Record<string, string>[]) => Record<string, string>[]): Promise<Uint8Array> {
  const rows = parse(Buffer.from(await exported(people.mozambique, "csv")), { bom: true, columns: true }) as Record<string, string>[];
  return new TextEncoder().encode(stringify(edit(rows), { header: true, columns: Object.keys(rows[0]!) }));
}

const check = (actor: Actor, bytes: Uint8Array, countryCode = "MZ") => checkSchemeImport(database.db, actor, { countryCode, fileName: "inventory.csv", bytes });
const apply = (actor: Actor, importId: string, countryCode = "MZ") => applySchemeImport(database.db, actor, { countryCode, importId });
const outcomes = (report: { rows: { line: number; action: string; changes: string[] }[] }) => report.rows.map((row) => [row.line, row.action, row.changes]);

describe("the inventory's own export", () => {
  it("re-imports as XLSX headed in French and as CSV headed in English with every row skipped, and changes nothing", async () => {
    const live = await listSchemes(database.db, people.mozambique, "MZ", {});
    for (const bytes of [await exported(people.mozambique, "xlsx", fr), await exported(people.mozambique, "csv", en)]) {
      const checked = await check(people.mozambique, bytes);
      expect(checked.report).toMatchObject({ errors: [], counts: { add: 0, update: 0, skip: live.length } });
      expect(checked.report.rows.every((row) => row.action === "skip" && row.schemeId)).toBe(true);
    }
    const checked = await check(people.mozambique, await exported(people.mozambique, "xlsx", pt));
    expect(checked.report.format).toBe("xlsx");
    expect(checked.report.counts).toEqual({ add: 0, update: 0, skip: live.length });
    // Only the uploads were kept (the files and their dry runs): every scheme is as it was.
    expect(await listSchemes(database.db, people.mozambique, "MZ", {})).toEqual(live);
    expect(await getScheme(database.db, people.mozambique, insuranceId)).toMatchObject({ version: 1, nationalName: "=Segurança social obrigatória" });
  });
});

describe("an edited spreadsheet", () => {
  it("gives one update for an edited cell and an add for a new row, then applies both in one go, marked as from an import", async () => {
    const bytes = await editedCsv((rows) => [
      ...rows.map((row) => (row["Socle id"] === subsidyId ? { ...row, Beneficiaries: "555 000" } : row)),
      { ...rows[0]!, "Socle id": "", "National name": "Bolsa de estudo", Guarantees: "Children", Status: "pilot", Kind: "social assistance", "Shared with": "" },
    ]);
    const checked = await check(people.mozambique, bytes);
    expect(checked.report.errors).toEqual([]);
    expect(checked.report.counts).toMatchObject({ add: 1, update: 1 });
    const updated = checked.report.rows.find((row) => row.schemeId === subsidyId)!;
    expect([updated.action, updated.changes, updated.version]).toEqual(["update", ["effectiveCoverage"], 1]);
    expect(checked.report.rows.at(-1)).toMatchObject({ action: "add", schemeId: null, name: "Bolsa de estudo" });
    expect(await getScheme(database.db, people.mozambique, subsidyId)).toMatchObject({ effectiveCoverage: 540000, version: 1 });

    const result = await apply(people.mozambique, checked.id);
    expect(result.applied).toBe(true);
    expect(await getScheme(database.db, people.mozambique, subsidyId)).toMatchObject({ effectiveCoverage: 555000, version: 2 });
    const added = (await listSchemes(database.db, people.mozambique, "MZ", {})).find((scheme) => scheme.nationalName === "Bolsa de estudo")!;
    expect(added).toMatchObject({ guarantees: ["children"], status: "pilot", kind: "social_assistance", sharingLevel: "country" });
    const [edit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, subsidyId), eq(auditLog.action, "scheme.edit")));
    expect(edit).toMatchObject({ actorId: people.mozambique.userId, before: { effectiveCoverage: 540000 }, after: { effectiveCoverage: 555000, import: true } });
    const [add] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, added.id), eq(auditLog.action, "scheme.add")));
    expect(add!.after).toMatchObject({ nationalName: "Bolsa de estudo", import: true });
    expect((await getSchemeImport(database.db, people.mozambique, { countryCode: "MZ", importId: checked.id })).appliedAt).toBeInstanceOf(Date);
    await expect(apply(people.mozambique, checked.id)).rejects.toMatchObject({ message: "import.alreadyApplied" });
    // Its colleague neither sees nor applies it.
    await expect(apply(people.mozambiqueColleague, checked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps a scheme's values for the columns a file leaves out", async () => {
    const file = `National name;Socle id;Expenditure year\nPrograma Subsídio Social Básico;${insuranceId};2023\n`;
    const checked = await check(people.mozambique, new TextEncoder().encode(file));
    expect(outcomes(checked.report)).toEqual([[2, "update", ["nationalName", "expenditureYear"]]]);
  });
});

describe("a spreadsheet with mistakes", () => {
  it("says each by row and column, in the forms' words, and changes nothing even when applied", async () => {
    const file = [
      "nationalName,schemeId,country,guarantees,status,endedOn,benefitAmount,benefitCurrency,coverageYear",
      `Ok scheme,,MZ,health,in_force,,,,`,
      `Wrong guarantee,,mz,wealth,in_force,,,,`,
      `Closed,,MZ,children,discontinued,,-5,MZN,1850`,
      `Elsewhere,,TG,health,planned,,,,`,
      `Unknown id,0b6a9a56-3b1f-4d9b-9f43-000000000000,MZ,health,in_force,,,,`,
      `Not an id,42,MZ,health,in_force,,,,`,
      `First,${subsidyId},MZ,health,in_force,,,,`,
      `Again,${subsidyId},MZ,health,in_force,,,,`,
      `,,MZ,health,in_force,,10,,`,
    ].join("\n");
    const before = await fingerprintOf(database);
    const checked = await check(people.mozambique, new TextEncoder().encode(file));
    expect(checked.report.errors).toEqual([
      { line: 3, column: "guarantees", message: "validation.choice" },
      { line: 4, column: "benefitAmount", message: "validation.amountNegative" },
      { line: 4, column: "coverageYear", message: expect.stringMatching(/^schemeRules\.yearRange\?minimum=1900/) },
      { line: 4, column: "endedOn", message: "schemeRules.discontinuedNeedsEnd" },
      { line: 5, column: "country", message: withValues("schemeRules.importOtherCountry", { country: "MZ" }) },
      { line: 6, column: "schemeId", message: "schemeRules.importUnknownScheme" },
      { line: 7, column: "schemeId", message: "schemeRules.importUnknownScheme" },
      { line: 9, column: "schemeId", message: withValues("schemeRules.importDuplicateScheme", { line: 8 }) },
      { line: 10, column: "benefitCurrency", message: "schemeRules.amountNeedsCurrency" },
      { line: 10, column: "nationalName", message: "validation.required" },
    ]);
    const stored = await fingerprintOf(database);
    const result = await apply(people.mozambique, checked.id);
    expect(result).toMatchObject({ applied: false, report: { errors: checked.report.errors } });
    expect(await fingerprintOf(database)).toBe(stored);
    expect(stored).not.toBe(before); // the upload itself is kept
  });

  it("refuses a file too large before reading it, and one of too many rows", async () => {
    const tooLarge = new Uint8Array(importLimits.maxBytes + 1).fill(0x50); // not even a spreadsheet
    await expect(check(people.mozambique, tooLarge)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { file: withValues("import.fileTooLarge", { maximum: 2 }) } });
    const tooMany = `nationalName,guarantees,status\n${"Scheme,health,in_force\n".repeat(importLimits.maxRows + 1)}`;
    await expect(check(people.mozambique, new TextEncoder().encode(tooMany))).rejects.toMatchObject({
      fieldErrors: { file: withValues("import.tooManyRows", { maximum: importLimits.maxRows }) },
    });
    await expect(check(people.mozambique, new TextEncoder().encode("Name,Guarantees\nA,health\n"))).rejects.toMatchObject({
      fieldErrors: { file: withValues("import.missingColumns", { columns: "nationalName" }) },
    });
  });
});

describe("who may import what", () => {
  it("refuses a Togo member Mozambique's inventory before reading the file, and Mozambique's imports", async () => {
    const before = await fingerprintOf(database);
    await expect(check(people.togo, await exported(people.mozambique, "csv"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(check(people.togo, new Uint8Array(importLimits.maxBytes + 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(check(people.reviewer, await exported(people.mozambique, "csv"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprintOf(database)).toBe(before);
    const checked = await check(people.mozambique, await exported(people.mozambique, "csv"));
    await expect(apply(people.togo, checked.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(apply(people.togo, checked.id, "TG")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot reach another country's scheme kept to that country by its id, from either country's import", async () => {
    const togoScheme = schemeFormValues(await getScheme(database.db, people.togo, togoSchemeId));
    const row = `nationalName,schemeId,guarantees,status\nTaken over,${togoSchemeId},health,in_force\n`;
    const checked = await check(people.mozambique, new TextEncoder().encode(row));
    expect(checked.report.errors).toEqual([{ line: 2, column: "schemeId", message: "schemeRules.importUnknownScheme" }]);
    // A coordinator, who may write in both countries, still changes a scheme only through its own country's import.
    const coordinator = await check(people.coordinator, new TextEncoder().encode(row));
    expect(coordinator.report.errors).toEqual([{ line: 2, column: "schemeId", message: "schemeRules.importUnknownScheme" }]);
    expect(await apply(people.coordinator, coordinator.id)).toMatchObject({ applied: false });
    expect(schemeFormValues(await getScheme(database.db, people.togo, togoSchemeId))).toEqual(togoScheme);
  });
});

describe("a file checked before someone changed a scheme", () => {
  it("is refused as a whole when applied, and stays refused until checked again", async () => {
    const bytes = await editedCsv((rows) => [
      ...rows.map((row) => (row["Socle id"] === insuranceId ? { ...row, "Coverage source": "Census 2017" } : row)),
      { ...rows[0]!, "Socle id": "", "National name": "Added meanwhile? No" },
    ]);
    const checked = await check(people.mozambique, bytes);
    expect(checked.report.counts).toMatchObject({ add: 1, update: 1 });
    const current = await getScheme(database.db, people.mozambique, insuranceId);
    // The colleague corrects another field of the same scheme after the check.
    await editScheme(database.db, people.mozambiqueColleague, { ...schemeFormValues(current), institution: "INSS" });
    const line = checked.report.rows.find((row) => row.schemeId === insuranceId)!.line;
    const refused = await apply(people.mozambique, checked.id);
    expect(refused).toMatchObject({ applied: false, report: { errors: [{ line, column: "schemeId", message: "schemeRules.importChangedSinceCheck" }] } });
    expect(await getScheme(database.db, people.mozambique, insuranceId)).toMatchObject({ institution: "INSS", coverageSource: current.coverageSource });
    expect((await listSchemes(database.db, people.mozambique, "MZ", {})).some((scheme) => scheme.nationalName === "Added meanwhile? No")).toBe(false);
    expect(await apply(people.mozambique, checked.id)).toMatchObject({ applied: false });
    const stored = await getSchemeImport(database.db, people.mozambique, { countryCode: "MZ", importId: checked.id });
    expect([stored.appliedAt, stored.report.errors.length]).toEqual([null, 1]);
    expect((await check(people.mozambique, bytes)).report.errors).toEqual([]);
  });
});
