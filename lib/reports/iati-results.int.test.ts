/**
 * A support entry linked to the indicators its country follows exports them as IATI `<result>`s that the official
 * 2.03 schema accepts: the indicator, its baseline, a period per target year and per value with the targets and
 * actuals (by sex). Who may link what: whoever may write the entry, to an indicator of the entry's country that they
 * may read; an unlink takes the result out of the export. Kept-to-the-country results stay out of an outsider's export.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { linkSupportEntryIndicator, listSupportEntryIndicators, unlinkSupportEntryIndicator } from "@/lib/results/support-entry-results";
import { createResultsCast, fingerprintOf, follow, type ResultsCast } from "@/lib/results/test-helpers";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, type FileDatabase, useTestDatabase } from "@/lib/testing/database";
import type { Actor } from "@/lib/actor";
import { exportSupportIati } from "./export-iati";
import { validateIati } from "./iati-schema";

const database: FileDatabase = useTestDatabase();
let people: ResultsCast;
let entryId = "";
let sharedId = "";
let keptId = "";
let togoIndicatorId = "";

async function iati(actor: Actor, input: Record<string, unknown> = { country: "BJ" }) {
  const { chunks } = await exportSupportIati(database.db, actor, input, new Date("2026-12-03T10:00:00Z"));
  let xml = "";
  for await (const chunk of chunks) xml += chunk;
  return xml;
}

beforeAll(async () => {
  people = await createResultsCast(database);
  const iloId = await agencyIdOf(database.db, "ILO");
  ({ id: entryId } = await addSupportEntry(database.db, people.adviser, {
    countryCode: "BJ",
    agencyId: iloId,
    kind: "financial",
    title: "Extension of child benefits",
    status: "ongoing",
    startDate: "2024-01-01",
    amount: "500000",
    currency: "USD",
  }));
  // Shared with everyone, so the adviser reads it; given by sex.
  sharedId = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
  for (const [period, sex, value] of [["2021", "total", "15.2"], ["2021", "female", "13.1"], ["2023", "total", "21.3"], ["2016/17", "total", "9.5"]] as const) {
    await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: sharedId, period, sex, value, source: "INSAE" });
  }
  keptId = await follow(database, people.benin, "BJ", "SI_COV_CHLD");
  togoIndicatorId = await follow(database, people.togo, "TG", "SI_COV_PENSN", { sharingLevel: "all" });
});

describe("linking a support entry to the results it works towards", () => {
  it("lets the entry's agency link an indicator of the entry's country it may read, with its audit entry", async () => {
    await linkSupportEntryIndicator(database.db, people.adviser, { supportEntryId: entryId, countryIndicatorId: sharedId, resultType: "outcome" });
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, entryId));
    expect(audits.map((audit) => audit.action)).toContain("supportEntry.linkIndicator");
    const listed = await listSupportEntryIndicators(database.db, people.adviser, { id: entryId, countryCode: "BJ", agencyId: await agencyIdOf(database.db, "ILO") });
    expect(listed.map((row) => [row.code, row.resultType])).toEqual([["SI_COV_BENFTS", "outcome"]]);
  });

  it("refuses what the writer may not read, another country's indicator and people who may not write the entry, changing nothing", async () => {
    for (const [actor, countryIndicatorId, expected] of [
      [people.adviser, keptId, { code: "INVALID", fieldErrors: { countryIndicatorId: "resultsRules.indicatorUnknown" } }],
      [people.adviser, togoIndicatorId, { code: "INVALID", fieldErrors: { countryIndicatorId: "resultsRules.indicatorUnknown" } }],
      [people.togo, sharedId, { code: "FORBIDDEN" }],
      [people.reviewer, sharedId, { code: "FORBIDDEN" }],
    ] as const) {
      const before = await fingerprintOf(database);
      await expect(linkSupportEntryIndicator(database.db, actor, { supportEntryId: entryId, countryIndicatorId, resultType: "impact" })).rejects.toMatchObject(expected);
      expect(await fingerprintOf(database)).toBe(before);
    }
    await expect(linkSupportEntryIndicator(database.db, people.adviser, { supportEntryId: entryId, countryIndicatorId: sharedId, resultType: "sideways" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("the IATI export of a linked support entry", () => {
  it("gives the indicator as a <result> with baseline, targets and actuals that validates against the 2.03 schema", async () => {
    const xml = await iati(people.coordinator);
    expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
    const result = /<result type="2">[^]*?<\/result>/.exec(xml)?.[0] ?? "";
    expect(result).toContain('<indicator measure="2" ascending="1">');
    expect(result).toContain("(SI_COV_BENFTS)</narrative>");
    expect(result).toContain('<baseline year="2019" value="12.5"><comment><narrative>ILO World Social Protection Report</narrative></comment></baseline>');
    expect(result).toContain('<period><period-start iso-date="2016-01-01"/><period-end iso-date="2017-12-31"/><actual value="9.5">');
    expect(result).toContain('<period><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><actual value="15.2"><comment><narrative>INSAE</narrative></comment></actual><actual value="13.1"><dimension name="sex" value="female"/>');
    expect(result).toContain('<period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><target value="25"/></period>');
    expect(result).toContain('<target value="40"/>');
    // Periods in date order; the result after the transactions, as the schema orders an activity.
    expect(result.indexOf("2016-01-01")).toBeLessThan(result.indexOf("2021-01-01"));
    expect(xml.indexOf("<transaction>") === -1 || xml.indexOf("<transaction>") < xml.indexOf("<result ")).toBe(true);
  });

  it("leaves out a linked indicator the exporter may not read, and a result once unlinked", async () => {
    await linkSupportEntryIndicator(database.db, people.coordinator, { supportEntryId: entryId, countryIndicatorId: keptId, resultType: "impact" });
    expect(await iati(people.coordinator)).toContain('<result type="3">');
    const forAdviser = await iati(people.adviser, { agency: "ILO" });
    expect(await validateIati(forAdviser)).toEqual({ valid: true, errors: [] });
    expect(forAdviser).not.toContain("SI_COV_CHLD");
    expect(forAdviser).toContain("SI_COV_BENFTS");
    await unlinkSupportEntryIndicator(database.db, people.adviser, { supportEntryId: entryId, countryIndicatorId: sharedId });
    const after = await iati(people.coordinator);
    expect(after).not.toContain("SI_COV_BENFTS");
    expect(await validateIati(after)).toEqual({ valid: true, errors: [] });
  });
});
