/**
 * A country's plan and a round's completeness as CSV and XLSX: a row per step with its planned, actual and baseline
 * dates and slippage, a row per country asked with its standing and days late, headed in the reader's language,
 * typed text neutralised against formulas; another country's member may not export the plan, and only those who
 * export across countries export a round's completeness.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { setStepPlan } from "@/lib/plans/set-step-plan";
import { saveBaseline } from "@/lib/plans/save-baseline";
import { createResultsCast, type ResultsCast } from "@/lib/results/test-helpers";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { stepOf, useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
let people: ResultsCast;
let roundId = "";

async function csvOf(actor: Actor, name: "plan" | "round-completeness", input: Record<string, unknown>) {
  const { tables, rowCount } = await exportTables(database.db, actor, name, input, { locale: "fr", origin: "https://socle.example" });
  const text = await new Response(csvStream(tables[0]!, (column) => column.key)).text();
  return { rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

beforeAll(async () => {
  people = await createResultsCast(database);
  const stakeholders = await stepOf(database.db, "BJ", "stakeholders");
  const assessment = await stepOf(database.db, "BJ", "assessment");
  await setStepPlan(database.db, people.benin, { countryStepId: stakeholders.id, countryCode: "BJ", version: 0, plannedStart: "2026-01-05", plannedEnd: "2026-03-31" });
  await setStepPlan(database.db, people.benin, { countryStepId: assessment.id, countryCode: "BJ", version: 0, plannedStart: "2026-04-01", plannedEnd: "2026-06-30" });
  await saveBaseline(database.db, people.benin, { countryCode: "BJ", name: "=HYPERLINK(\"https://evil.example\")" });
  await setStepPlan(database.db, people.benin, { countryStepId: assessment.id, countryCode: "BJ", version: 1, plannedStart: "2026-04-01", plannedEnd: "2026-07-30" });
  ({ id: roundId } = await openRound(database.db, people.coordinator, {
    name: "@SUM(1+1) first half",
    periodStart: "2026-01-01",
    periodEnd: "2026-06-30",
    // Due after the submission whatever day the test runs.
    dueOn: "2099-12-31",
    countryCodes: ["TG", "BJ"],
  }));
  const { id } = await saveReportNarrative(database.db, people.benin, { roundId, countryCode: "BJ", achievements: "Done" });
  await submitReport(database.db, people.benin, { id, version: 1 });
});

describe("a country's plan as CSV", () => {
  it("gives each step in order with its dates against the latest baseline, and its slippage", async () => {
    const { rowCount, rows } = await csvOf(people.reviewer, "plan", { country: "bj", today: "2026-09-30" });
    expect(rowCount).toBe(rows.length);
    expect(rows.map((row) => row.stepNumber)).toEqual(rows.map((_, index) => String(index + 1)));
    const assessment = rows.find((row) => row.stepKey === "assessment")!;
    expect(assessment).toMatchObject({ country: "BJ", status: "not_started", state: "behind", plannedStart: "2026-04-01", plannedEnd: "2026-07-30", slippageDays: "62" });
    expect(assessment).toMatchObject({ baselineStart: "2026-04-01", baselineEnd: "2026-06-30", baselineSlippageDays: "30" });
    expect(assessment.baseline!.startsWith("'=")).toBe(true);
    expect(rows.find((row) => row.stepKey === "awareness")).toMatchObject({ state: "not_planned", plannedEnd: "", baselineEnd: "" });
  });

  it("refuses another country's member, and a URL without a country", async () => {
    await expect(csvOf(people.togo, "plan", { country: "BJ" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csvOf(people.coordinator, "plan", {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a round's completeness as CSV and XLSX", () => {
  it("gives each country asked, by code, with its standing, dates and days late", async () => {
    const { rowCount, rows } = await csvOf(people.coordinator, "round-completeness", { round: roundId, today: "2100-01-18" });
    expect(rowCount).toBe(2);
    expect(rows.map((row) => [row.country, row.state, row.status, row.dueOn, row.daysLate])).toEqual([
      ["BJ", "on_time", "submitted", "2099-12-31", ""],
      ["TG", "missing", "not_started", "2099-12-31", "18"],
    ]);
    expect(rows[0]!.round!.startsWith("'@")).toBe(true);
    expect(rows[0]!.countryName).toBe("Bénin");
    expect(rows[0]!.submittedAt).not.toBe("");
  });

  it("writes a workbook with a sheet named in the reader's language", async () => {
    const { tables } = await exportTables(database.db, people.reviewer, "round-completeness", { round: roundId }, { locale: "fr", origin: "https://socle.example" });
    const bytes = new Uint8Array(await new Response(xlsxStream(tables, (column) => column.key)).arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(tables[0]!.title).toBe("roundCompletenessExport.sheet");
  });

  it("is refused to a member and an adviser, and not found without a round", async () => {
    await expect(csvOf(people.benin, "round-completeness", { round: roundId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csvOf(people.adviser, "round-completeness", { round: roundId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csvOf(people.coordinator, "round-completeness", {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
