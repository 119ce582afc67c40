/**
 * Importing indicator values on a real database: an ILOSTAT file naming Benin (and Togo, Afghanistan, a regional
 * aggregate) planned, applied in one go with an audit entry per change, applied again to no effect, updated by an
 * edited file, refused when a value changed since the dry run; the real Rwanda Open SDG file, whose rows say why
 * they are skipped until its series column is chosen and national indicators name its series.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, countryIndicators, indicators, indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { applyIndicatorImport } from "./apply-indicator-import";
import { type IndicatorImportPlan, planIndicatorImport } from "./plan-indicator-import";

const database = useTestDatabase();
let coordinator: Actor;
let benin: Actor;
let adviser: Actor;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
});

const header = "ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_classif,note_indicator,note_source";
/** Invented figures in ILOSTAT's bulk layout. */
const beninRows = [
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2015,9.1,,,,",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,11.6,,,T3:1,",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_F,SOC_CONTIG_TOTAL,2020,10.2,B,,,",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_UNE,2020,0.5,,,,",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_CHILD,2020,3.1,,,,",
  "BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2021,12,U,,,",
  "AFG,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2019,7.5,,,,",
  "X01,,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,46.9,,,,",
  "TGO,BA:2,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,20.3,,,,",
];
const ilostatFile = (rows: string[]) => ({ bytes: new TextEncoder().encode(`${header}\r\n${rows.join("\r\n")}\r\n`) });
const summary = (plan: IndicatorImportPlan) =>
  plan.rows.map((row) => (row.action === "skip" ? [row.line, "skip", row.reason.replace("indicatorImport.skip.", ""), row.detail] : [row.line, row.action, row.countryCode, row.indicatorCode, row.period, row.sex, row.value]));
const importEntries = async () => (await database.db.select().from(auditLog).where(inArray(auditLog.entityType, ["countryIndicator", "indicatorValue"]))).length;

async function valuesOf(countryCode: string) {
  return database.db
    .select({ code: indicators.code, period: indicatorValues.period, periodStart: indicatorValues.periodStart, sex: indicatorValues.sex, value: indicatorValues.value, origin: indicatorValues.origin, obsStatus: indicatorValues.obsStatus, source: indicatorValues.source, note: indicatorValues.note })
    .from(indicatorValues)
    .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .where(and(eq(countryIndicators.countryCode, countryCode), isNull(indicatorValues.deletedAt)))
    .orderBy(indicators.code, indicatorValues.period, indicatorValues.sex);
}

describe("importing an ILOSTAT file", () => {
  it("is for coordinators: a working group and an adviser are refused before the file is read", async () => {
    await expect(planIndicatorImport(database.db, benin, ilostatFile(beninRows))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(planIndicatorImport(database.db, adviser, ilostatFile(beninRows))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("plans each row, follows the indicators the file brings, applies all in one go and a second time changes nothing", async () => {
    const plan = await planIndicatorImport(database.db, coordinator, ilostatFile(beninRows));
    expect(plan.layout).toBe("ilostat");
    expect(summary(plan)).toEqual([
      [2, "add", "BJ", "SI_COV_BENFTS", "2015", "total", "9.1"],
      [3, "add", "BJ", "SI_COV_BENFTS", "2020", "total", "11.6"],
      [4, "add", "BJ", "SI_COV_BENFTS", "2020", "female", "10.2"],
      [5, "add", "BJ", "SI_COV_UEMP", "2020", "total", "0.5"],
      [6, "skip", "unknownSeries", "SOC_CONTIG_CHILD"],
      [7, "skip", "unreliable", "U"],
      [8, "skip", "countryNotInSocle", "AF"],
      [9, "skip", "unknownCountry", "X01"],
      [10, "add", "TG", "SI_COV_BENFTS", "2020", "total", "20.3"],
    ]);
    expect(plan.counts).toEqual({ add: 5, update: 0, skip: 4 });
    expect(plan.follows).toEqual([
      { countryCode: "BJ", indicatorCode: "SI_COV_BENFTS" },
      { countryCode: "BJ", indicatorCode: "SI_COV_UEMP" },
      { countryCode: "TG", indicatorCode: "SI_COV_BENFTS" },
    ]);
    // The dry run wrote nothing.
    expect(await valuesOf("BJ")).toEqual([]);

    const before = await importEntries();
    await applyIndicatorImport(database.db, coordinator, ilostatFile(beninRows), { fingerprint: plan.fingerprint });
    expect(await valuesOf("BJ")).toEqual([
      { code: "SI_COV_BENFTS", period: "2015", periodStart: "2015-01-01", sex: "total", value: "9.1000", origin: "ilostat", obsStatus: null, source: "ILOSTAT SDG_0131_SEX_SOC_RT (BA:1)", note: "" },
      { code: "SI_COV_BENFTS", period: "2020", periodStart: "2020-01-01", sex: "total", value: "11.6000", origin: "ilostat", obsStatus: null, source: "ILOSTAT SDG_0131_SEX_SOC_RT (BA:1)", note: "T3:1" },
      { code: "SI_COV_BENFTS", period: "2020", periodStart: "2020-01-01", sex: "female", value: "10.2000", origin: "ilostat", obsStatus: "B", source: "ILOSTAT SDG_0131_SEX_SOC_RT (BA:1)", note: "" },
      { code: "SI_COV_UEMP", period: "2020", periodStart: "2020-01-01", sex: "total", value: "0.5000", origin: "ilostat", obsStatus: null, source: "ILOSTAT SDG_0131_SEX_SOC_RT (BA:1)", note: "" },
    ]);
    // One entry per change: three indicators followed, five values added.
    expect((await importEntries()) - before).toBe(8);
    const followed = await database.db.select({ sharingLevel: countryIndicators.sharingLevel }).from(countryIndicators).where(eq(countryIndicators.countryCode, "BJ"));
    expect(followed).toEqual([{ sharingLevel: "all" }, { sharingLevel: "all" }]);

    const again = await planIndicatorImport(database.db, coordinator, ilostatFile(beninRows));
    expect(again.counts).toEqual({ add: 0, update: 0, skip: 9 });
    expect(again.follows).toEqual([]);
    expect(summary(again).filter((row) => row[2] === "unchanged")).toHaveLength(5);
    await applyIndicatorImport(database.db, coordinator, ilostatFile(beninRows), { fingerprint: again.fingerprint });
    expect((await importEntries()) - before).toBe(8);
  });

  it("updates a value a newer file gives differently, and refuses the apply when a value changed since the dry run", async () => {
    const revised = beninRows.map((row) => row.replace("SOC_CONTIG_TOTAL,2020,11.6,,,T3:1,", "SOC_CONTIG_TOTAL,2020,11.8,,,T3:1,"));
    const plan = await planIndicatorImport(database.db, coordinator, ilostatFile(revised));
    expect(plan.rows[1]).toMatchObject({ line: 3, action: "update", before: "11.6000", value: "11.8", changes: ["value"] });
    expect(plan.counts).toEqual({ add: 0, update: 1, skip: 8 });

    // Someone corrects another value between the dry run and the apply.
    await database.db.execute(sql`update indicator_values set value = 9.2, version = version + 1 where period = '2015' and country_indicator_id in (select id from country_indicators where country_code = 'BJ')`);
    const before = await importEntries();
    await expect(applyIndicatorImport(database.db, coordinator, ilostatFile(revised), { fingerprint: plan.fingerprint })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await valuesOf("BJ")).find((row) => row.period === "2020" && row.sex === "total")?.value).toBe("11.6000");
    expect(await importEntries()).toBe(before);

    // Checked again, the plan shows both changes, and its apply writes them.
    const checkedAgain = await planIndicatorImport(database.db, coordinator, ilostatFile(revised));
    expect(checkedAgain.counts).toEqual({ add: 0, update: 2, skip: 7 });
    await applyIndicatorImport(database.db, coordinator, ilostatFile(revised), { fingerprint: checkedAgain.fingerprint });
    const values = await valuesOf("BJ");
    expect(values.filter((row) => row.code === "SI_COV_BENFTS" && row.sex === "total").map((row) => [row.period, row.value])).toEqual([
      ["2015", "9.1000"],
      ["2020", "11.8000"],
    ]);
    expect((await importEntries()) - before).toBe(2);

    // A value the file does not hold, recorded meanwhile, does not stop the next apply; a note a person wrote stays.
    const nextFile = ilostatFile(revised.map((row) => row.replace("SOC_CONTIG_TOTAL,2015,9.1,", "SOC_CONTIG_TOTAL,2015,9,")));
    const next = await planIndicatorImport(database.db, coordinator, nextFile);
    const [unemployment] = await database.db.select({ id: countryIndicators.id }).from(countryIndicators).innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId)).where(and(eq(countryIndicators.countryCode, "BJ"), eq(indicators.code, "SI_COV_UEMP")));
    await database.db.insert(indicatorValues).values({ countryIndicatorId: unemployment!.id, period: "2019", periodStart: "2019-01-01", periodEnd: "2019-12-31", value: "0.4", note: "From the ministry", createdById: benin.userId });
    await database.db.execute(sql`update indicator_values set note = 'Checked with INSAE', version = version + 1 where period = '2020' and sex = 'female'`);
    await applyIndicatorImport(database.db, coordinator, nextFile, { fingerprint: next.fingerprint });
    const applied = await valuesOf("BJ");
    expect(applied.find((row) => row.period === "2015")?.value).toBe("9.0000");
    expect(applied.find((row) => row.period === "2020" && row.sex === "female")?.note).toBe("Checked with INSAE");
  });
});

const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
const rwandaFile = () => ({ bytes: new Uint8Array(fs.readFileSync(path.join(realData, "sdg-1-3-1-rwanda.csv"))) });

describe("importing an ILOSTAT file for one country", () => {
  it("takes that country's rows only and says so of the others", async () => {
    const plan = await planIndicatorImport(database.db, coordinator, ilostatFile(beninRows), { countryCode: "TG" });
    // Togo's value was imported above: it is unchanged.
    expect(summary(plan)).toEqual([
      [2, "skip", "otherCountry", "BJ"],
      [3, "skip", "otherCountry", "BJ"],
      [4, "skip", "otherCountry", "BJ"],
      [5, "skip", "otherCountry", "BJ"],
      [6, "skip", "unknownSeries", "SOC_CONTIG_CHILD"],
      [7, "skip", "unreliable", "U"],
      [8, "skip", "otherCountry", "AF"],
      [9, "skip", "unknownCountry", "X01"],
      [10, "skip", "unchanged", null],
    ]);
  });
});

describe.skipIf(!fs.existsSync(realData))("importing Rwanda's real Open SDG file", () => {
  it("without a Series column every row is skipped, said why, and the apply writes nothing", async () => {
    const plan = await planIndicatorImport(database.db, coordinator, rwandaFile(), { countryCode: "RW" });
    expect(plan.layout).toBe("open_sdg");
    expect(plan.counts).toEqual({ add: 0, update: 0, skip: 23 });
    expect(new Set(plan.rows.map((row) => row.action === "skip" && row.reason))).toEqual(new Set(["indicatorImport.skip.seriesMissing"]));
    const before = await importEntries();
    await applyIndicatorImport(database.db, coordinator, rwandaFile(), { countryCode: "RW", fingerprint: plan.fingerprint });
    expect(await valuesOf("RW")).toEqual([]);
    expect(await importEntries()).toBe(before);
  });

  it("with its series column chosen, Rwanda's national indicators take their rows by name, fiscal years kept; again, nothing changes", async () => {
    await database.db.insert(indicators).values([
      { code: "RW_CORE_SP", name: { en: "Core SP programmes (of national population)" }, unit: "percent", family: "national", countryCode: "RW", createdById: coordinator.userId },
      { code: "RW_HEALTH_INSURANCE", name: { en: "Health insurance coverage", fr: "Health insurance (All individuals)" }, unit: "percent", family: "national", countryCode: "RW", createdById: coordinator.userId },
    ]);
    const options = { countryCode: "rw", seriesColumn: "Social Protection Systems" };
    const plan = await planIndicatorImport(database.db, coordinator, rwandaFile(), options);
    expect(plan.counts).toEqual({ add: 4, update: 0, skip: 19 });
    expect(plan.follows).toEqual([
      { countryCode: "RW", indicatorCode: "RW_CORE_SP" },
      { countryCode: "RW", indicatorCode: "RW_HEALTH_INSURANCE" },
    ]);
    await applyIndicatorImport(database.db, coordinator, rwandaFile(), { ...options, fingerprint: plan.fingerprint });
    expect((await valuesOf("RW")).map((row) => [row.code, row.period, row.periodStart, row.value, row.origin, row.source])).toEqual([
      ["RW_CORE_SP", "2016/17", "2016-01-01", "6.5000", "open_sdg", "Open SDG"],
      ["RW_CORE_SP", "2017/18", "2017-01-01", "6.5000", "open_sdg", "Open SDG"],
      ["RW_HEALTH_INSURANCE", "2016/17", "2016-01-01", "70.0000", "open_sdg", "Open SDG"],
      ["RW_HEALTH_INSURANCE", "2017/18", "2017-01-01", "73.9000", "open_sdg", "Open SDG"],
    ]);
    const again = await planIndicatorImport(database.db, coordinator, rwandaFile(), options);
    expect(again.counts).toEqual({ add: 0, update: 0, skip: 23 });
  });

  it("an Open SDG file needs its country, one in Socle", async () => {
    await expect(planIndicatorImport(database.db, coordinator, rwandaFile())).rejects.toMatchObject({ fieldErrors: { countryCode: "indicatorImport.countryRequired" } });
    const plan = await planIndicatorImport(database.db, coordinator, { bytes: new TextEncoder().encode("Year,Series,Value\n2020,SI_COV_BENFTS,40\n") }, { countryCode: "ZZ" });
    expect(summary(plan)).toEqual([[2, "skip", "countryNotInSocle", "ZZ"]]);
  });
});
