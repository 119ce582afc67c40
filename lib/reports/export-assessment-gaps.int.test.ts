/**
 * The gaps view's export on a real database, in the style of exports.int.test.ts: its rows and blank figures for
 * countries without any, the page's filters, headers in the reader's language, a typed country name guarded
 * against formulas, counts as numbers in XLSX, and who may download it.
 */
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { countries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import fr from "@/lib/i18n/messages/fr.json";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let coordinator: Actor;
let reviewer: Actor;
const options = { locale: "fr" as const, origin: "https://socle.example" };

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  reviewer = await createPerson(database, { role: "reviewer" });
  const { db } = database;
  // Benin: a scheme in force for children and a policy gap there, its matrix kept to the country.
  await addScheme(db, coordinator, { countryCode: "BJ", nationalName: "Allocations familiales", guarantees: ["children"], status: "in_force" });
  await addAssessmentItem(db, coordinator, { countryCode: "BJ", guarantee: "children", section: "policy_gap", statement: "Pas d'allocation hors secteur formel" });
  await addAssessmentItem(db, coordinator, {
    countryCode: "BJ",
    guarantee: "children",
    section: "recommendation",
    statement: "Étendre les allocations",
    recommendationKind: "benefit_coverage",
    priority: "high",
  });
  // A country name typed by a coordinator as a formula.
  await db.update(countries).set({ name: { en: "=HYPERLINK(\"http://evil.example\")" } }).where(eq(countries.code, "GH"));
});

async function csvOf(actor: Actor, input: Record<string, unknown>) {
  const { tables, rowCount } = await exportTables(database.db, actor, "assessment-gaps", input, options);
  const text = await new Response(csvStream(tables[0]!)).text();
  return { rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

describe("the gaps export", () => {
  it("gives a row per guarantee and country with figures, then the countries without, their figures blank", async () => {
    const { rows, rowCount } = await csvOf(coordinator, {});
    expect(rowCount).toBe(rows.length);
    expect(rows.filter((row) => row.matrix === "recorded").map((row) => `${row.guarantee} ${row.country}`)).toEqual([
      "health BJ",
      "children BJ",
      "active_age BJ",
      "older_persons BJ",
    ]);
    expect(rows.find((row) => row.guarantee === "children")).toEqual({
      guarantee: "children",
      country: "BJ",
      countryName: "Bénin",
      region: "africa",
      matrix: "recorded",
      schemesInForce: "1",
      policyGaps: "1",
      proposed: "1",
      endorsed: "0",
      adopted: "0",
      dropped: "0",
    });
    expect(rows.find((row) => row.country === "TG")).toMatchObject({ guarantee: "", matrix: "none_recorded", schemesInForce: "", policyGaps: "" });
    // Typed text is guarded, in CSV as in XLSX.
    expect(rows.find((row) => row.country === "GH")!.countryName).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  it("applies the page's filters, and ignores one it cannot read", async () => {
    const children = await csvOf(coordinator, { guarantee: "children", region: "africa" });
    expect(children.rows.filter((row) => row.matrix === "recorded").map((row) => row.guarantee)).toEqual(["children"]);
    expect(children.rows.map((row) => row.region).every((region) => region === "africa")).toBe(true);
    const bad = await csvOf(coordinator, { guarantee: "everything" });
    expect(bad.rows.filter((row) => row.matrix === "recorded")).toHaveLength(4);
  });

  it("gives a reviewer no figure for a matrix kept to Benin", async () => {
    const { rows } = await csvOf(reviewer, {});
    expect(rows.filter((row) => row.country === "BJ")).toEqual([expect.objectContaining({ matrix: "not_shared", schemesInForce: "", policyGaps: "", proposed: "" })]);
  });

  it("names its columns in the reader's language and holds counts as numbers in XLSX", async () => {
    const { tables } = await exportTables(database.db, coordinator, "assessment-gaps", { guarantee: "children" }, options);
    const headerOf = (column: { key: string }) => fr.assessmentGaps.column[column.key as keyof typeof fr.assessmentGaps.column];
    const bytes = Buffer.from(await new Response(xlsxStream(tables, headerOf)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as string[];
    expect(header.slice(1, 6)).toEqual(["Garantie", "Code du pays", "Pays", "Région", "Matrice"]);
    expect(sheet.getRow(2).getCell(header.indexOf("Lacunes des politiques")).value).toBe(1);
    const ghana = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(2).value === "GH")!;
    expect(ghana.getCell(3).value).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  it("is refused to those who may not export everywhere: a working group member, an adviser", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
    for (const refused of [member, adviser]) {
      await expect(exportTables(database.db, refused, "assessment-gaps", {}, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
