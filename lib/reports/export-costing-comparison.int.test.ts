/**
 * The costing across countries' export on a real database, in the style of export-assessment-gaps.int.test.ts: a
 * row per package of each validated costing the reader may read, a blank figure where the model could not cost it
 * with its reasons, headers in the reader's language, a typed package name guarded against formulas, figures as
 * numbers in XLSX, and who may download it.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { listValidatedCostings } from "@/lib/costing/data/cross-country";
import { validatedCostings } from "@/lib/costing/data/cross-country-test-helpers";
import { Decimal } from "@/lib/costing/decimal";
import fr from "@/lib/i18n/messages/fr.json";
import { normalizeAmount } from "@/lib/support/money";
import { useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
const options = { locale: "fr" as const, origin: "https://socle.example" };
// A package name typed by Togo's working group as a formula.
const formula = '=HYPERLINK("http://evil.example")';

beforeAll(async () => {
  people = await createSchemeCast(database);
  await validatedCostings(database, people, { togoPackageName: formula });
});

async function csvOf(actor: Actor) {
  const { tables, rowCount } = await exportTables(database.db, actor, "costing-comparison", {}, options);
  const text = await new Response(csvStream(tables[0]!)).text();
  return { rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

describe("the costing comparison's export", () => {
  it("gives a row per package of each country's latest validated version, blank figures with their reasons", async () => {
    const { rows, rowCount } = await csvOf(people.coordinator);
    expect(rowCount).toBe(rows.length);
    expect(rows.map((row) => `${row.country} ${row.version} ${row.package}`)).toEqual(["MZ 2 Low option", "MZ 2 High option", `TG 1 '${formula}`]);
    const [mozambique] = await listValidatedCostings(database.db, people.coordinator);
    const low = mozambique!.packages[0]!;
    expect(rows[0]).toEqual({
      country: "MZ",
      countryName: "Mozambique",
      version: "2",
      validatedOn: "2026-03-02",
      baseYear: "2025",
      horizonYear: "2030",
      package: "Low option",
      // Rounded as the page rounds them: cents, and four decimals of a percentage.
      percentOfGdp: normalizeAmount(new Decimal(low.shareOfGdp!).times(100).toFixed(4, Decimal.ROUND_HALF_UP)),
      totalCost: normalizeAmount(new Decimal(low.totalCost!).toFixed(2, Decimal.ROUND_HALF_UP)),
      currency: "MZN",
      problems: "",
    });
    expect(rows[2]).toMatchObject({ country: "TG", currency: "XOF", percentOfGdp: "", totalCost: "" });
    expect(rows[2]!.problems).toContain("missingPopulation 2030");
  });

  it("gives a reviewer no row of a costing kept to Togo", async () => {
    const { rows } = await csvOf(people.reviewer);
    expect(rows.map((row) => row.country)).toEqual(["MZ", "MZ"]);
  });

  it("names its columns in the reader's language, holds figures as numbers and dates as dates in XLSX, typed text guarded", async () => {
    const { tables } = await exportTables(database.db, people.coordinator, "costing-comparison", {}, options);
    const headerOf = (column: { key: string }) => fr.costingComparison.column[column.key as keyof typeof fr.costingComparison.column];
    const bytes = Buffer.from(await new Response(xlsxStream(tables, headerOf)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as string[];
    expect(header.slice(1, 5)).toEqual(["Code du pays", "Pays", "Version validée", "Validée le"]);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name)).value;
    expect(typeof cell(2, "% du PIB pour l'année d'horizon")).toBe("number");
    expect(typeof cell(2, "Coût pour l'année d'horizon")).toBe("number");
    expect(cell(2, "Validée le")).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(cell(4, "Paquet")).toBe(`'${formula}`);
  });

  it("is refused to those who may not export everywhere: a working group member, an adviser", async () => {
    for (const refused of [people.togo, people.adviser]) {
      await expect(exportTables(database.db, refused, "costing-comparison", {}, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
