/**
 * A country's indicator values as CSV: each accepted value of the indicators it follows, with the baseline and targets
 * on its row, headed in the reader's language, formula text neutralised; proposals and withdrawn values stay out, an
 * indicator kept to the country stays out of a reviewer's file, and another country's member may not export it.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { proposeIndicatorValue } from "@/lib/results/propose-value";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { createResultsCast, follow, type ResultsCast } from "@/lib/results/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import { csvStream } from "./write-csv-stream";

const database = useTestDatabase();
let people: ResultsCast;

async function csvOf(actor: Actor, input: Record<string, unknown>) {
  const { tables, rowCount } = await exportTables(database.db, actor, "indicator-values", input, { locale: "fr", origin: "https://socle.example" });
  const text = await new Response(csvStream(tables[0]!, (column) => column.key)).text();
  return { rowCount, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

beforeAll(async () => {
  people = await createResultsCast(database);
  const shared = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
  await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: shared, period: "2016/17", value: "9.5", source: "=cmd|' /C calc'!A0" });
  await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: shared, period: "2021", sex: "female", value: "13.10", source: "INSAE" });
  await proposeIndicatorValue(database.db, people.adviser, { countryIndicatorId: shared, period: "2022", value: "17" });
  const kept = await follow(database, people.benin, "BJ", "SI_COV_CHLD");
  await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: kept, period: "2020", value: "4" });
});

describe("a country's indicator values as CSV", () => {
  it("gives each accepted value with its indicator, period, sex, baseline and targets, by indicator and period", async () => {
    const { rowCount, rows } = await csvOf(people.coordinator, { country: "bj" });
    expect(rowCount).toBe(3);
    expect(rows.map((row) => [row.indicatorCode, row.period, row.periodStart, row.periodEnd, row.sex, row.value])).toEqual([
      ["SI_COV_BENFTS", "2016/17", "2016-01-01", "2017-12-31", "total", "9.5"],
      ["SI_COV_BENFTS", "2021", "2021-01-01", "2021-12-31", "female", "13.1"],
      ["SI_COV_CHLD", "2020", "2020-01-01", "2020-12-31", "total", "4"],
    ]);
    expect(rows[0]).toMatchObject({ country: "BJ", unit: "percent", baselineValue: "12.5", baselineYear: "2019", targets: "2025: 25; 2030: 40", origin: "typed" });
    expect(rows[0]!.source!.startsWith("'")).toBe(true);
  });

  it("leaves out an indicator kept to the country for a reviewer, and refuses another country's member", async () => {
    const { rows } = await csvOf(people.reviewer, { country: "BJ" });
    expect(rows.map((row) => row.indicatorCode)).toEqual(["SI_COV_BENFTS", "SI_COV_BENFTS"]);
    await expect(csvOf(people.togo, { country: "BJ" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csvOf(people.coordinator, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
