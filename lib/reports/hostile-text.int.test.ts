/**
 * Exports of hostile text on a real database: an agency acronym or a matrix item typed as a formula is guarded in CSV (as comma and
 * semicolon spreadsheets read it) and XLSX; text stored before the input rule, holding XML-illegal characters,
 * still gives an XLSX that opens and an IATI file that validates.
 */
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentItems, milestones, schemes, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addAgency } from "@/lib/agencies/add-agency";
import { addScheme } from "@/lib/assessment/add-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { logMilestone } from "@/lib/progress/log-milestone";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { exportSupportIati } from "./export-iati";
import { exportTables } from "./exports";
import { validateIati } from "./iati-schema";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let coordinator: Actor;
const options = { locale: "fr" as const, origin: "https://socle.example" };
const formulaAcronym = '=HYPERLINK("http://x";"y")';

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  const db = database.db;
  const agency = await addAgency(db, coordinator, { acronym: formulaAcronym, shortName: { en: "Evil" }, name: { en: "Evil agency" }, kind: "development_partner", iatiRef: "XM-DAC-666", iatiOrgType: "10" });
  const costing = await stepOf(db, "BJ", "costing_financing");
  await addSupportEntry(db, coordinator, {
    countryCode: "BJ",
    agencyId: agency.id,
    countryStepId: costing.id,
    kind: "technical",
    technicalCategory: "needs_assessment",
    reference: "EVIL-1",
    title: "Study",
    description: "See the annex;=HYPERLINK(\"http://x\")\n@SUM(1)",
    status: "ongoing",
  });
  await logMilestone(db, coordinator, { countryStepId: costing.id, title: "Costing workshop", occurredOn: "2026-03-02", description: "fine" });
  const scheme = await addScheme(db, coordinator, { countryCode: "BJ", nationalName: "Régime", institution: formulaAcronym, eligibility: "See;=1+1\n@SUM(1)", guarantees: ["health"], status: "in_force" });
  await addAssessmentItem(db, coordinator, { countryCode: "BJ", guarantee: "children", section: "policy_gap", statement: formulaAcronym, details: "See;=1+1\n@SUM(1)" });
  // Text stored before the input rule refused U+FFFE/U+FFFF and control characters.
  await db.update(supportEntries).set({ title: "Plan\uffff\ufffe\u0001 national" }).where(eq(supportEntries.reference, "EVIL-1"));
  await db.update(milestones).set({ description: "Atelier\uffff\u000b du coût" }).where(eq(milestones.title, "Costing workshop"));
  await db.update(schemes).set({ nationalName: "Régime\uffff\u0001 santé" }).where(eq(schemes.id, scheme.id));
  await db.insert(assessmentItems).values({ countryCode: "BJ", guarantee: "health", section: "policy_gap", position: 1, statement: "Lacune\uffff\u0001 santé", createdById: coordinator.userId });
});

const csvOf = async (name: "support" | "milestones" | "schemes" | "assessment") => {
  const { tables } = await exportTables(database.db, coordinator, name, { country: "BJ" }, { ...options, format: "csv" });
  return new Response(csvStream(tables[0]!)).text();
};

describe("a formula typed where a code is expected", () => {
  it("is guarded in the CSV as a comma spreadsheet reads it", async () => {
    const [header, ...rows] = parse(await csvOf("support"), { bom: true }) as string[][];
    const cell = (column: string) => rows[0]![header!.indexOf(column)];
    expect(cell("agency")).toBe(`'${formulaAcronym}`);
    expect(rows.flat().filter((value) => /^[=+\-@]/.test(value))).toEqual([]);
  });

  it("is guarded in the CSV as a semicolon spreadsheet (French, Spanish, Portuguese) reads it", async () => {
    // Such a spreadsheet starts a new cell after every semicolon and a new row after every line break.
    const cells = (await csvOf("support")).split(/[;\r\n]/).map((cell) => cell.replace(/^"+/, ""));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it("is guarded in a scheme's texts, as comma and semicolon spreadsheets read them", async () => {
    const text = await csvOf("schemes");
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(rows[0]![header!.indexOf("institution")]).toBe(`'${formulaAcronym}`);
    expect(rows.flat().filter((value) => /^[=+\-@]/.test(value))).toEqual([]);
    expect(text.split(/[;\r\n]/).map((cell) => cell.replace(/^"+/, "")).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it("is guarded in a matrix item's statement and details, as comma and semicolon spreadsheets read them", async () => {
    const text = await csvOf("assessment");
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(rows.map((row) => row[header!.indexOf("statement")])).toContain(`'${formulaAcronym}`);
    expect(rows.flat().filter((value) => /^[=+\-@]/.test(value))).toEqual([]);
    expect(text.split(/[;\r\n]/).map((cell) => cell.replace(/^"+/, "")).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it("is guarded in the XLSX", async () => {
    const { tables } = await exportTables(database.db, coordinator, "support", { country: "BJ" }, options);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(xlsxStream(tables)).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const agencyColumn = (sheet.getRow(1).values as string[]).indexOf("agency");
    expect(sheet.getRow(2).getCell(agencyColumn).value).toBe(`'${formulaAcronym}`);
  });
});

describe("stored text with characters XML cannot hold", () => {
  it("gives an XLSX of every table that opens, with the rest of the text kept", async () => {
    const { tables } = await exportTables(database.db, coordinator, "all", { country: "BJ" }, options);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(xlsxStream(tables)).arrayBuffer());
    const texts = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().filter((value) => typeof value === "string")) as string[];
    expect(texts.some((text) => text.startsWith("Plan") && text.endsWith(" national"))).toBe(true);
    expect(texts.some((text) => text.startsWith("Atelier") && text.endsWith(" du coût"))).toBe(true);
    expect(texts.some((text) => text.startsWith("Régime") && text.endsWith(" santé"))).toBe(true);
    expect(texts.filter((text) => /[\ufffe\uffff\u0001\u000b]/.test(text))).toEqual([]);
  });

  it("gives an XLSX of the assessment matrix that opens, its statements guarded", async () => {
    const { tables } = await exportTables(database.db, coordinator, "assessment", { country: "BJ" }, options);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(xlsxStream(tables)).arrayBuffer());
    const texts = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().filter((value) => typeof value === "string")) as string[];
    expect(texts.some((text) => text.startsWith("Lacune") && text.endsWith(" santé"))).toBe(true);
    expect(texts).toContain(`'${formulaAcronym}`);
    expect(texts.filter((text) => /[\ufffe\uffff\u0001\u000b]/.test(text) || /^[=+\-@]/.test(text))).toEqual([]);
  });

  it("gives an IATI file that the official schema accepts", async () => {
    const { chunks } = await exportSupportIati(database.db, coordinator, { country: "BJ" });
    let xml = "";
    for await (const chunk of chunks) xml += chunk;
    expect(xml).toContain("Plan");
    expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
  });
});
