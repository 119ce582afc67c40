/**
 * The assessment matrix's export on a real database: one CSV row per live item in the matrix's order, an XLSX with
 * a sheet per guarantee and the inventory's, headers in the reader's language, typed text guarded; who may export
 * which country, and a matrix kept to its country exporting no item to an outsider.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import en from "@/lib/i18n/messages/en.json";
import pt from "@/lib/i18n/messages/pt.json";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import type { ExportColumn } from "./tabular";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let coordinator: Actor;
let mozambique: Actor;
let reviewer: Actor;
const csv = { locale: "pt" as const, origin: "https://socle.example", format: "csv" as const };
const xlsx = { ...csv, format: "xlsx" as const };

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  const db = database.db;
  const item = (fields: Record<string, unknown>) => addAssessmentItem(db, mozambique, { countryCode: "MZ", ...fields });
  await item({ guarantee: "older_persons", section: "policy_gap", statement: "No pension for informal workers" });
  await item({ guarantee: "children", section: "recommendation", statement: "Extend the child grant", details: "=1+1 for all under five", recommendationKind: "benefit_coverage", priority: "high" });
  await item({ guarantee: "children", section: "policy_gap", statement: "@No child benefit" });
  const dropped = await item({ guarantee: "children", section: "recommendation", statement: "Means-test the grant", recommendationKind: "management", priority: "low" });
  const gone = await item({ guarantee: "health", section: "implementation_issue", statement: "Recorded twice" });
  await withdrawAssessmentItem(db, mozambique, { id: gone.id, version: 1, reason: "Duplicate" });
  const step = await stepOf(db, "MZ", "policy_options");
  const dialogue = await logMilestone(db, mozambique, { countryStepId: step.id, title: "Dialogue", occurredOn: "2026-04-20", links: [{ url: "https://example.org/minutes" }] });
  const { version } = await getAssessmentMatrix(db, mozambique, "MZ");
  await endorseAssessment(db, mozambique, { countryCode: "MZ", version, milestoneId: dialogue.id, recommendationIds: [dropped.id] });
  await decideRecommendation(db, mozambique, { id: dropped.id, version: 1, status: "dropped", decidedOn: "2026-06-01", reason: "-Too costly to target" });
  await addScheme(db, mozambique, { countryCode: "MZ", nationalName: "Programa Subsídio Social Básico", guarantees: ["older_persons"], status: "in_force", sharingLevel: "all" });
});

async function csvOf(actor: Actor, input: Record<string, unknown>) {
  const { tables, rowCount } = await exportTables(database.db, actor, "assessment", input, csv);
  const text = await new Response(csvStream(tables[0]!)).text();
  return { text, rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

describe("the assessment matrix's CSV", () => {
  it("gives one row per live item in the matrix's order, codes as stored, typed text guarded", async () => {
    const { rows, rowCount } = await csvOf(mozambique, { country: "mz" });
    expect(rowCount).toBe(4);
    expect(rows.map((row) => [row.guarantee, row.section, row.position, row.statement])).toEqual([
      ["children", "policy_gap", "1", "'@No child benefit"],
      ["children", "recommendation", "1", "Extend the child grant"],
      ["children", "recommendation", "2", "Means-test the grant"],
      ["older_persons", "policy_gap", "1", "No pension for informal workers"],
    ]);
    expect(rows[1]).toMatchObject({ details: "'=1+1 for all under five", kind: "benefit_coverage", priority: "high", status: "proposed", endorsedOn: "", decidedOn: "" });
    expect(rows[2]).toMatchObject({ kind: "management", status: "dropped", endorsedOn: "2026-04-20", endorsedInVersion: "1", decidedOn: "2026-06-01", reason: "'-Too costly to target" });
    expect(rows[0]!.itemId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(rows[0]!)).toEqual(["guarantee", "section", "position", "statement", "details", "kind", "priority", "status", "endorsedOn", "endorsedInVersion", "decidedOn", "reason", "itemId"]);
  });

  it("names its columns in the reader's language", async () => {
    const { tables } = await exportTables(database.db, mozambique, "assessment", { country: "MZ" }, csv);
    const label = (catalogue: typeof en) => (column: ExportColumn) => catalogue.assessmentExport.column[column.key as keyof typeof en.assessmentExport.column];
    const [header] = parse(await new Response(csvStream(tables[0]!, label(pt))).text(), { bom: true }) as string[][];
    expect(header!.slice(0, 4)).toEqual(["Garantia", "Secção", "Ordem", "Enunciado"]);
    expect(header!.every((text) => text !== undefined && text !== "")).toBe(true);
  });
});

describe("the assessment matrix's XLSX", () => {
  it("has a sheet per guarantee, titled for the reader, then the inventory", async () => {
    const { tables } = await exportTables(database.db, coordinator, "assessment", { country: "MZ" }, xlsx);
    expect(tables.map((table) => [table.name, table.title])).toEqual([
      ["health", "schemes.guarantee.health"],
      ["children", "schemes.guarantee.children"],
      ["active_age", "schemes.guarantee.active_age"],
      ["older_persons", "schemes.guarantee.older_persons"],
      ["schemes", "schemes.title"],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(xlsxStream(tables)).arrayBuffer());
    const children = workbook.getWorksheet("children")!;
    expect(children.rowCount).toBe(4);
    const header = children.getRow(1).values as string[];
    expect(children.getRow(4).getCell(header.indexOf("endorsedOn")).value).toEqual(new Date("2026-04-20T00:00:00Z"));
    expect(children.getRow(4).getCell(header.indexOf("endorsedInVersion")).value).toBe(1);
    expect(workbook.getWorksheet("health")!.rowCount).toBe(1);
    const inventory = workbook.getWorksheet("schemes")!;
    expect(inventory.getRow(2).getCell((inventory.getRow(1).values as string[]).indexOf("nationalName")).value).toBe("Programa Subsídio Social Básico");
  });
});

describe("who exports which matrix", () => {
  it("needs a country, refuses another country's member and an adviser, and gives an outsider no item of a kept matrix", async () => {
    await expect(exportTables(database.db, coordinator, "assessment", {}, csv)).rejects.toMatchObject({ code: "INVALID" });
    await expect(exportTables(database.db, coordinator, "assessment", { country: "ZZ" }, csv)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
    const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
    await expect(exportTables(database.db, togo, "assessment", { country: "MZ" }, csv)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportTables(database.db, adviser, "assessment", { country: "MZ" }, csv)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const kept = await csvOf(reviewer, { country: "MZ" });
    expect([kept.rowCount, kept.rows]).toEqual([0, []]);
    const { version } = await getAssessmentMatrix(database.db, mozambique, "MZ");
    await shareAssessment(database.db, mozambique, { countryCode: "MZ", version, sharingLevel: "all" });
    expect((await csvOf(reviewer, { country: "MZ" })).rowCount).toBe(4);
    await shareAssessment(database.db, mozambique, { countryCode: "MZ", version: version + 1, sharingLevel: "country" });
  });
});
