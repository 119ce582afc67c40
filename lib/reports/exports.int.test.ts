/**
 * The exports' content on a real database: milestones, step progress, needs and support as CSV and XLSX, formula
 * neutralisation, the support export's round trip through the bulk import, and the IATI XML against the official
 * 2.03 schema.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { logMilestone } from "@/lib/progress/log-milestone";
import { addScheme } from "@/lib/assessment/add-scheme";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { checkSupportImport } from "@/lib/support/import-support";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { exportSupportIati } from "./export-iati";
import { type ExportName, exportTables } from "./exports";
import { validateIati } from "./iati-schema";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let coordinator: Actor;
let unicef: Actor;
const options = { locale: "fr" as const, origin: "https://socle.example" };

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator", name: "Ada Coordinatrice" });
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const db = database.db;

  const working = await stepOf(db, "BJ", "working_group");
  await logMilestone(db, coordinator, {
    countryStepId: working.id,
    title: "=HYPERLINK(\"http://evil.example\")",
    occurredOn: "2026-03-02",
    description: "Arrêté ministériel",
    links: [{ url: "https://gouv.bj/arrete", title: "Arrêté" }],
  });
  await logMilestone(db, coordinator, { countryStepId: working.id, title: "Première réunion", occurredOn: "2026-01-15" });
  const fresh = await stepOf(db, "BJ", "working_group");
  await changeStepStatus(db, coordinator, { countryStepId: fresh.id, version: fresh.version, to: "completed", note: "Validé en conseil" });

  const costing = await stepOf(db, "BJ", "costing_financing");
  await addNeed(db, coordinator, { countryCode: "BJ", countryStepId: costing.id, kind: "funding", description: "@Étude de coût", estimateAmount: "250000", estimateCurrency: "EUR", priority: "high" });

  const grant = await addSupportEntry(db, coordinator, {
    countryCode: "BJ",
    agencyId: await agencyIdOf(db, "ILO"),
    countryStepId: costing.id,
    kind: "financial",
    reference: "ILO-BJ-1",
    title: "+Fiscal space study",
    description: "-1 step back",
    status: "ongoing",
    startDate: "2026-02-01",
    endDate: "2026-12-31",
    amount: "150000.5",
    currency: "EUR",
  });
  await addSupportTransaction(db, coordinator, { supportEntryId: grant.id, type: "committed", amount: "150000.5", occurredOn: "2026-02-10" });
  await addSupportTransaction(db, coordinator, { supportEntryId: grant.id, type: "disbursed", amount: "50000", occurredOn: "2026-03-01" });
  await addSupportEntry(db, coordinator, {
    countryCode: "BJ",
    agencyId: await agencyIdOf(db, "UNICEF"),
    kind: "technical",
    technicalCategory: "needs_assessment",
    reference: "UNICEF-BJ-7",
    title: "Rapid assessment",
    status: "delivered",
    startDate: "2025-06-01",
    endDate: "2025-10-31",
    deliverables: "RAP report",
  });

  const scheme = { countryCode: "BJ", guarantees: ["children", "health"], status: "in_force", benefitCurrency: "XOF" };
  await addScheme(db, coordinator, { ...scheme, nationalName: "=Allocations familiales", englishName: "@Family allowances", benefitAmount: "15000.5", startedOn: "2019-01-01", effectiveCoverage: "120 000", financing: ["contributions"], sharingLevel: "all" });
  await addScheme(db, coordinator, { ...scheme, nationalName: "ARCH assurance maladie", guarantees: ["health"] });
});

async function csvOf(actor: Actor, name: ExportName, input: Record<string, unknown>) {
  const { tables, rowCount } = await exportTables(database.db, actor, name, input, options);
  const text = await new Response(csvStream(tables[0]!)).text();
  return { text, rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

async function xlsxOf(actor: Actor, name: ExportName, input: Record<string, unknown>) {
  const { tables } = await exportTables(database.db, actor, name, input, options);
  const bytes = Buffer.from(await new Response(xlsxStream(tables)).arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { workbook, bytes };
}

describe("the milestones export", () => {
  it("lists Benin's milestones with step, date, author and evidence links, neutralising formulas", async () => {
    const { rows, rowCount } = await csvOf(coordinator, "milestones", { country: "BJ" });
    expect(rowCount).toBe(2);
    expect(rows).toEqual([
      {
        country: "BJ",
        stepNumber: "2",
        step: "Mettre en place le groupe de travail national sur le socle",
        milestone: "'=HYPERLINK(\"http://evil.example\")",
        occurredOn: "2026-03-02",
        description: "Arrêté ministériel",
        author: "Ada Coordinatrice",
        evidenceCount: "1",
        evidence: "Arrêté <https://gouv.bj/arrete>",
      },
      expect.objectContaining({ milestone: "Première réunion", occurredOn: "2026-01-15", evidenceCount: "0" }),
    ]);
  });

  it("applies the page's filters: step and dates", async () => {
    expect((await csvOf(coordinator, "milestones", { country: "BJ", from: "2026-02-01" })).rows.map((row) => row.milestone)).toEqual([
      "'=HYPERLINK(\"http://evil.example\")",
    ]);
    expect((await csvOf(coordinator, "milestones", { step: "awareness" })).rows).toEqual([]);
  });

  it("is an XLSX sheet with a frozen header, dates as dates and counts as numbers", async () => {
    const { workbook } = await xlsxOf(coordinator, "milestones", { country: "BJ" });
    const sheet = workbook.getWorksheet("milestones")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe("country");
    const first = sheet.getRow(2);
    expect(first.getCell(5).value).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(first.getCell(5).numFmt).toBe("yyyy-mm-dd");
    expect(first.getCell(8).value).toBe(1);
    expect(first.getCell(4).value).toBe("'=HYPERLINK(\"http://evil.example\")");
  });
});

describe("the step progress and needs exports", () => {
  it("give each step's status and sign-off", async () => {
    const { rows } = await csvOf(coordinator, "steps", { country: "BJ" });
    expect(rows).toHaveLength(8);
    expect(rows[1]).toMatchObject({ stepKey: "working_group", status: "completed", signedOffBy: "Ada Coordinatrice", signOffNote: "Validé en conseil" });
    expect(rows[1]!.signedOffAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rows[3]).toMatchObject({ stepKey: "assessment", status: "not_started", subActivitiesDone: "0", subActivitiesTotal: "5" });
  });

  it("give each need with its estimate as a number and the currency in its own column", async () => {
    const { rows } = await csvOf(coordinator, "needs", { country: "BJ" });
    expect(rows).toEqual([expect.objectContaining({ kind: "funding", description: "'@Étude de coût", estimate: "250000", currency: "EUR", remaining: "250000" })]);
    const { workbook } = await xlsxOf(coordinator, "needs", { country: "BJ" });
    const row = workbook.getWorksheet("needs")!.getRow(2);
    expect(row.getCell(8).value).toBe(250000);
    expect(row.getCell(9).value).toBe("EUR");
  });

  it("make one workbook with one sheet per table", async () => {
    const { workbook } = await xlsxOf(coordinator, "all", { country: "BJ" });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["steps", "milestones", "needs", "support", "schemes"]);
  });
});

describe("the support export", () => {
  it("writes the exchange shape: entries followed by their transactions, amounts as numbers", async () => {
    const { rows } = await csvOf(coordinator, "support", { country: "BJ" });
    expect(rows.map((row) => [row.record, row.reference, row.transaction_type])).toEqual([
      ["entry", "ILO-BJ-1", ""],
      ["transaction", "ILO-BJ-1", "committed"],
      ["transaction", "ILO-BJ-1", "disbursed"],
      ["entry", "UNICEF-BJ-7", ""],
    ]);
    expect(rows[0]).toMatchObject({ title: "'+Fiscal space study", description: "'-1 step back", amount: "150000.5", currency: "EUR", step: "costing_financing" });
    const { workbook } = await xlsxOf(coordinator, "support", { country: "BJ" });
    const sheet = workbook.getWorksheet("support")!;
    expect(sheet.getRow(2).getCell(14).value).toBe(150000.5);
    expect(sheet.getRow(2).getCell(11).value).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(sheet.getRow(3).getCell(18).value).toBe(150000.5);
  });

  it("re-imports unchanged through the bulk import, as CSV and as XLSX", async () => {
    const { tables } = await exportTables(database.db, coordinator, "support", { country: "BJ" }, options);
    const csv = new Uint8Array(await new Response(csvStream(tables[0]!)).arrayBuffer());
    const xlsx = (await xlsxOf(coordinator, "support", { country: "BJ" })).bytes;
    for (const bytes of [csv, new Uint8Array(xlsx)]) {
      const { report } = await checkSupportImport(database.db, coordinator, { fileName: "export", bytes });
      expect(report.errors).toEqual([]);
      expect(report.counts).toEqual({ add: 0, update: 0, skip: 4 });
    }
  });

  it("follows the list's filters and lets an adviser export only their agency's support", async () => {
    expect((await csvOf(coordinator, "support", { country: "BJ", kind: "technical" })).rows.map((row) => row.reference)).toEqual(["UNICEF-BJ-7"]);
    expect((await csvOf(unicef, "support", { agency: "unicef" })).rows.map((row) => row.reference)).toEqual(["UNICEF-BJ-7"]);
    await expect(exportTables(database.db, unicef, "support", { country: "BJ" }, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportTables(database.db, unicef, "milestones", { country: "BJ" }, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the schemes export", () => {
  it("gives one row per scheme by national name, codes as they are stored, typed text guarded", async () => {
    const { rows, rowCount } = await csvOf(coordinator, "schemes", { country: "BJ" });
    expect(rowCount).toBe(2);
    expect(rows.map((row) => row.nationalName)).toEqual(["'=Allocations familiales", "ARCH assurance maladie"]);
    expect(rows[0]).toMatchObject({ country: "BJ", englishName: "'@Family allowances", guarantees: "health; children", benefitAmount: "15000.5", benefitCurrency: "XOF", effectiveCoverage: "120000", financing: "contributions", sharingLevel: "all" });
    expect((await csvOf(coordinator, "schemes", { country: "BJ", guarantee: "children" })).rows).toHaveLength(1);
    const sheet = (await xlsxOf(coordinator, "schemes", { country: "BJ" })).workbook.getWorksheet("schemes")!;
    const header = sheet.getRow(1).values as string[];
    expect(sheet.getRow(2).getCell(header.indexOf("benefitAmount")).value).toBe(15000.5);
    expect(sheet.getRow(2).getCell(header.indexOf("startedOn")).value).toEqual(new Date("2019-01-01T00:00:00Z"));
    expect(sheet.getRow(2).getCell(header.indexOf("effectiveCoverage")).value).toBe(120000);
  });

  it("names its columns in the reader's language", async () => {
    const { tables } = await exportTables(database.db, coordinator, "schemes", { country: "BJ" }, options);
    const label = (catalogue: typeof en) => (column: { key: string }) => catalogue.exports.column[column.key as keyof typeof en.exports.column];
    const [headerFr] = parse(await new Response(csvStream(tables[0]!, label(fr))).text(), { bom: true }) as string[][];
    expect(headerFr!.slice(0, 4)).toEqual(["Identifiant Socle", "Pays", "Nom national", "Nom anglais"]);
    expect(headerFr!.every((text) => text !== undefined && text !== "")).toBe(true);
  });

  it("leaves out what the reader may not read, and refuses another country's member", async () => {
    const reviewer = await createPerson(database, { role: "reviewer" });
    const forReviewer = await csvOf(reviewer, "schemes", { country: "BJ" });
    expect([forReviewer.rowCount, forReviewer.rows.map((row) => row.nationalName)]).toEqual([1, ["'=Allocations familiales"]]);
    const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
    await expect(exportTables(database.db, togo, "schemes", { country: "BJ" }, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportTables(database.db, unicef, "schemes", { country: "BJ" }, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the IATI export", () => {
  async function iati(input: Record<string, unknown>) {
    const { chunks } = await exportSupportIati(database.db, coordinator, input, new Date("2026-11-29T10:00:00Z"));
    let xml = "";
    for await (const chunk of chunks) xml += chunk;
    return xml;
  }

  it("validates against the official IATI 2.03 activity schema", async () => {
    const xml = await iati({ country: "BJ" });
    expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
    // The validator does judge: the same file without its reporting organisations is refused.
    const broken = await validateIati(xml.replace(/<reporting-org[^]*?<\/reporting-org>/g, ""));
    expect(broken.valid).toBe(false);
    expect(broken.errors.join("\n")).toMatch(/reporting-org/);
  });

  it("maps a financial entry: agency identifier, roles, status, dates, sector, SDG tag and transactions", async () => {
    const xml = await iati({ country: "BJ", kind: "financial" });
    expect(xml.match(/<iati-activity /g)).toHaveLength(1);
    expect(xml).toContain("<iati-identifier>XM-DAC-41302-ILO-BJ-1</iati-identifier>");
    expect(xml).toContain('<reporting-org ref="XM-DAC-41302" type="40">');
    expect(xml).toContain('<participating-org ref="XM-DAC-41302" type="40" role="1">');
    expect(xml).toMatch(/<participating-org role="4"><narrative>National social protection floor working group, Benin<\/narrative>/);
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<activity-date type="2" iso-date="2026-02-01"/>');
    expect(xml).toContain('<activity-date type="3" iso-date="2026-12-31"/>');
    expect(xml).toContain('<recipient-country code="BJ" percentage="100">');
    expect(xml).toContain('<sector vocabulary="1" code="16010" percentage="100"/>');
    expect(xml).toContain('<tag vocabulary="3" code="1.3"/>');
    expect(xml).toContain('<default-finance-type code="110"/>');
    expect(xml).toContain('<transaction><transaction-type code="2"/><transaction-date iso-date="2026-02-10"/><value currency="EUR" value-date="2026-02-10">150000.5</value>');
    expect(xml).toContain('<transaction-type code="3"/>');
    expect(xml).not.toContain("D02");
  });

  it("maps technical support as aid type D02, implemented by the agency, and delivered as finalisation", async () => {
    const xml = await iati({ country: "BJ", kind: "technical" });
    expect(xml).toContain('<default-aid-type code="D02" vocabulary="1"/>');
    expect(xml).toContain('<participating-org ref="XM-DAC-41122" type="40" role="4">');
    expect(xml).toContain('<activity-status code="3"/>');
    expect(xml).toContain('<activity-date type="4" iso-date="2025-10-31"/>');
    expect(xml).not.toContain("<transaction>");
  });
});

describe("what an export may not show", () => {
  it("leaves out milestones and evidence kept to their country, and does not count them either", async () => {
    const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
    const reviewer = await createPerson(database, { role: "reviewer" });
    const step = await stepOf(database.db, "TG", "awareness");
    await logMilestone(database.db, togo, { countryStepId: step.id, title: "Internal minutes", occurredOn: "2026-01-05", links: [{ url: "https://example.org/internal", title: "Minutes" }] });
    await logMilestone(database.db, togo, {
      countryStepId: step.id,
      title: "Public forum",
      occurredOn: "2026-01-06",
      sharingLevel: "all",
      evidenceSharingLevel: "all",
      links: [{ url: "https://example.org/forum", title: "Forum report" }],
    });
    const forReviewer = await csvOf(reviewer, "milestones", { country: "TG" });
    expect(forReviewer.rowCount).toBe(1);
    expect(forReviewer.rows.map((row) => [row.milestone, row.evidence])).toEqual([["Public forum", "Forum report <https://example.org/forum>"]]);
    const forTogo = await csvOf(togo, "milestones", { country: "TG" });
    expect(forTogo.rows.map((row) => row.milestone)).toEqual(["Public forum", "Internal minutes"]);
  });
});
