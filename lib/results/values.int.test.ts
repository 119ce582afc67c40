/**
 * An indicator's values on a real database: recorded, corrected under their version, withdrawn and restored; one
 * accepted value per period and sex; advisers' proposals accepted (replacing the period's value, both audited) or
 * declined; the results page's order and its view across countries.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, indicatorValues } from "@/db/schema";
import { useTestDatabase } from "@/lib/testing/database";
import { acceptProposal } from "./accept-proposal";
import { listCountryIndicatorHistory } from "./country-indicator-history";
import { declineProposal } from "./decline-proposal";
import { editIndicatorValue } from "./edit-value";
import { getCountryIndicator, getCountryResults } from "./get-country-results";
import { getIndicatorAcrossCountries } from "./indicator-across-countries";
import { proposeIndicatorValue } from "./propose-value";
import { recordIndicatorValue } from "./record-value";
import { restoreIndicatorValue } from "./restore-value";
import { createResultsCast, fingerprintOf, follow, type ResultsCast } from "./test-helpers";
import { withdrawIndicatorValue } from "./withdraw-value";

const database = useTestDatabase();
let people: ResultsCast;
let coverage: string;
beforeAll(async () => {
  people = await createResultsCast(database);
  coverage = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
});

const value = (overrides: Record<string, unknown> = {}) => ({
  countryIndicatorId: coverage,
  period: "2020",
  value: "18.4",
  source: "ILOSTAT",
  note: "",
  evidenceUrl: "https://ilostat.ilo.org/data/",
  ...overrides,
});
const auditOf = (ids: string[]) =>
  database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "indicatorValue"), inArray(auditLog.entityId, ids))).orderBy(asc(auditLog.id));

describe("values a working group records", () => {
  it("are dated from their period, read back in period order (a fiscal year too), and audited", async () => {
    await recordIndicatorValue(database.db, people.benin, value({ period: "2022", value: "21" }));
    const { id } = await recordIndicatorValue(database.db, people.benin, value());
    await recordIndicatorValue(database.db, people.benin, value({ period: "2020/21", value: "19.25", sex: "female" }));
    const followed = await getCountryIndicator(database.db, people.togo, coverage);
    expect(followed.values.map((row) => [row.period, row.sex, row.value])).toEqual([
      ["2020", "total", "18.4"],
      ["2020/21", "female", "19.25"],
      ["2022", "total", "21"],
    ]);
    expect(followed.values[1]).toMatchObject({ periodStart: "2020-01-01", periodEnd: "2021-12-31", origin: "typed" });
    const [entry] = await auditOf([id]);
    expect(entry).toMatchObject({ action: "indicatorValue.record", countryCode: "BJ", after: { period: "2020", value: "18.4", status: "accepted" } });
  });

  it("one accepted value per period and sex; a sex where the series has none, a percentage over 100, an undated label are refused", async () => {
    const children = await follow(database, people.benin, "BJ", "SI_COV_CHLD");
    const before = await fingerprintOf(database);
    await expect(recordIndicatorValue(database.db, people.benin, value())).rejects.toMatchObject({ fieldErrors: { period: "resultsRules.valueExists" } });
    await expect(recordIndicatorValue(database.db, people.benin, value({ countryIndicatorId: children, sex: "male" }))).rejects.toMatchObject({
      fieldErrors: { sex: "resultsRules.sexNotBrokenDown" },
    });
    await expect(recordIndicatorValue(database.db, people.benin, value({ period: "2019", value: "100.5" }))).rejects.toMatchObject({ fieldErrors: { value: "resultsRules.percentRange" } });
    await expect(recordIndicatorValue(database.db, people.benin, value({ period: "Q3 2019" }))).rejects.toMatchObject({ fieldErrors: { periodStart: "resultsRules.periodDatesRequired" } });
    await expect(recordIndicatorValue(database.db, people.benin, value({ period: "2019", value: "18,4" }))).rejects.toMatchObject({ fieldErrors: { value: "resultsRules.figure" } });
    await expect(recordIndicatorValue(database.db, people.togo, value({ period: "2019" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordIndicatorValue(database.db, people.adviser, value({ period: "2019" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("a correction under a stale version is a CONFLICT; withdrawn, a value leaves the series, and is restored once its period is free again", async () => {
    const { id } = await recordIndicatorValue(database.db, people.benin, value({ period: "2015", value: "9" }));
    await editIndicatorValue(database.db, people.benin, { ...value({ period: "2015", value: "9.5", note: "Revised" }), id, version: 1 });
    await expect(editIndicatorValue(database.db, people.beninColleague, { ...value({ period: "2015", value: "10" }), id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { value: "9.5", note: "Revised", version: 2 },
    });
    await withdrawIndicatorValue(database.db, people.beninColleague, { id, version: 2, reason: "Wrong survey" });
    expect((await getCountryIndicator(database.db, people.benin, coverage)).values.some((row) => row.id === id)).toBe(false);
    const retyped = await recordIndicatorValue(database.db, people.benin, value({ period: "2015", value: "9.7" }));
    await expect(restoreIndicatorValue(database.db, people.benin, { id, version: 3 })).rejects.toMatchObject({ fieldErrors: { period: "resultsRules.valueExists" } });
    await withdrawIndicatorValue(database.db, people.benin, { id: retyped.id, version: 1, reason: "Typed twice" });
    await restoreIndicatorValue(database.db, people.benin, { id, version: 3 });
    expect((await getCountryIndicator(database.db, people.benin, coverage)).values.find((row) => row.period === "2015")).toMatchObject({ id, value: "9.5", version: 4 });
    expect((await auditOf([id])).map((entry) => entry.action)).toEqual(["indicatorValue.record", "indicatorValue.edit", "indicatorValue.withdraw", "indicatorValue.restore"]);
  });
});

describe("values an adviser proposes", () => {
  it("wait apart from the series, seen by Benin's members and the adviser, not by Togo; accepting one replaces the period's value", async () => {
    const { id: proposal } = await proposeIndicatorValue(database.db, people.adviser, value({ value: "18.9", source: "ILO WSPR 2024" }));
    const own = await getCountryIndicator(database.db, people.benin, coverage);
    expect(own.values.find((row) => row.period === "2020" && row.sex === "total")?.value).toBe("18.4");
    expect(own.proposals).toMatchObject([{ id: proposal, value: "18.9", proposedBy: "Ilo Adviser" }]);
    expect((await getCountryIndicator(database.db, people.adviser, coverage)).proposals.map((row) => row.id)).toEqual([proposal]);
    expect((await getCountryIndicator(database.db, people.togo, coverage)).proposals).toEqual([]);

    await expect(acceptProposal(database.db, people.adviser, { id: proposal, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptProposal(database.db, people.togo, { id: proposal, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [replacedRow] = await database.db.select().from(indicatorValues).where(and(eq(indicatorValues.countryIndicatorId, coverage), eq(indicatorValues.period, "2020"), eq(indicatorValues.status, "accepted")));
    const accepted = await acceptProposal(database.db, people.benin, { id: proposal, version: 1 });
    expect(accepted).toMatchObject({ version: 2, replacedId: replacedRow!.id });
    const after = await getCountryIndicator(database.db, people.benin, coverage);
    expect(after.values.filter((row) => row.period === "2020" && row.sex === "total").map((row) => row.value)).toEqual(["18.9"]);
    expect(after.proposals).toEqual([]);
    expect((await auditOf([proposal, replacedRow!.id])).map((entry) => entry.action)).toEqual(["indicatorValue.record", "indicatorValue.propose", "indicatorValue.replace", "indicatorValue.accept"]);
    await expect(acceptProposal(database.db, people.benin, { id: proposal, version: 2 })).rejects.toMatchObject({ message: "resultsRules.notProposal" });
  });

  it("declined with a reason, a proposal stays in the history only; an adviser withdraws their own, and may not propose where they cannot read", async () => {
    const { id: declined } = await proposeIndicatorValue(database.db, people.adviser, value({ period: "2023", value: "24" }));
    await expect(declineProposal(database.db, people.benin, { id: declined, version: 1, reason: "" })).rejects.toMatchObject({ fieldErrors: { reason: "validation.required" } });
    await declineProposal(database.db, people.benin, { id: declined, version: 1, reason: "Not the national figure" });
    expect((await getCountryIndicator(database.db, people.benin, coverage)).proposals).toEqual([]);
    const history = await listCountryIndicatorHistory(database.db, people.benin, { countryIndicatorId: coverage });
    expect(history.rows[0]).toMatchObject({ action: "indicatorValue.decline", subject: "2023" });
    // Togo reads the shared indicator's history, without proposals it does not decide.
    const togoHistory = await listCountryIndicatorHistory(database.db, people.togo, { countryIndicatorId: coverage });
    expect(togoHistory.rows.some((entry) => entry.entityId === declined)).toBe(false);

    const { id: mine } = await proposeIndicatorValue(database.db, people.adviser, value({ period: "2024", value: "25" }));
    await withdrawIndicatorValue(database.db, people.adviser, { id: mine, version: 1, reason: "Sent too early" });
    const kept = await follow(database, people.benin, "BJ", "SI_COV_DISAB");
    await expect(proposeIndicatorValue(database.db, people.adviser, value({ countryIndicatorId: kept }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposeIndicatorValue(database.db, people.reviewer, value({ period: "2024" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the results read", () => {
  it("a country's results list what it follows with who may write; across countries, each country's latest total value with its period", async () => {
    const togo = await follow(database, people.togo, "TG", "SI_COV_BENFTS", { sharingLevel: "all", baselineValue: "", baselineYear: "" });
    await recordIndicatorValue(database.db, people.togo, value({ countryIndicatorId: togo, period: "2016/17", value: "11" }));
    await recordIndicatorValue(database.db, people.togo, value({ countryIndicatorId: togo, period: "2021", value: "13", sex: "female" }));

    const results = await getCountryResults(database.db, people.togo, "tg");
    expect(results).toMatchObject({ countryCode: "TG", canWrite: true, canPropose: false });
    expect(results.indicators).toMatchObject([{ id: togo, baseline: null, indicator: { code: "SI_COV_BENFTS" } }]);
    expect((await getCountryResults(database.db, people.togo, "BJ")).canWrite).toBe(false);

    const across = await getIndicatorAcrossCountries(database.db, people.reviewer, "SI_COV_BENFTS");
    expect(across.indicator).toMatchObject({ code: "SI_COV_BENFTS", unit: "percent" });
    expect(across.countries.map((row) => [row.countryCode, row.period, row.value])).toEqual([
      ["BJ", "2022", "21"],
      ["TG", "2016/17", "11"],
    ]);
    await expect(getIndicatorAcrossCountries(database.db, people.reviewer, "NOT_A_SERIES")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
