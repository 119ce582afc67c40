/**
 * The import screens' round trip on a real database (PGlite here; PostgreSQL in CI): a checked file is kept as its
 * uploader's, planned again by its id alone, applied under its fingerprint; another person cannot read or apply it;
 * a refused file is never kept; an apply after a change gives the new plan and writes nothing. Then the series
 * across countries as the results page exports it, with a source typed as a formula neutralised.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/engine";
import { storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { exportTables } from "@/lib/reports/exports";
import { csvStream } from "@/lib/reports/write-csv-stream";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { applyIndicatorFile, checkIndicatorFile, planIndicatorFile } from "./indicator-import-files";

const database = useTestDatabase();
let coordinator: Actor;
let otherCoordinator: Actor;
let benin: Actor;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  otherCoordinator = await createPerson(database, { role: "coordinator" });
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
});

const header = "ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_classif,note_indicator,note_source";
const rows = ["BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,11.6,,,,", "TGO,BA:2,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2021,20.3,,,,"];
const file = (lines: string[]) => ({ fileName: "ilostat.csv", bytes: new TextEncoder().encode(`${header}\n${lines.join("\n")}\n`) });
const keptFiles = async () => (await database.db.select({ id: storedFiles.id }).from(storedFiles)).length;

describe("the indicator import screens' kept file", () => {
  it("keeps a checked file for its uploader only, and applies it by id under the dry run's fingerprint", async () => {
    const { fileId, plan } = await checkIndicatorFile(database.db, coordinator, { ...file(rows), countryCode: "BJ", seriesColumn: "" });
    expect(plan.counts).toEqual({ add: 1, update: 0, skip: 1 });
    const again = await planIndicatorFile(database.db, coordinator, { fileId, countryCode: "BJ" });
    expect(again.fileName).toBe("ilostat.csv");
    expect(again.plan.fingerprint).toBe(plan.fingerprint);
    // Another coordinator meets no such file, to read or to apply.
    await expect(planIndicatorFile(database.db, otherCoordinator, { fileId, countryCode: "BJ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(applyIndicatorFile(database.db, otherCoordinator, { fileId, fingerprint: plan.fingerprint, countryCode: "BJ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The choices are part of the fingerprint: the file applied for every country is another plan.
    expect((await applyIndicatorFile(database.db, coordinator, { fileId, fingerprint: plan.fingerprint })).applied).toBe(false);

    const applied = await applyIndicatorFile(database.db, coordinator, { fileId, fingerprint: plan.fingerprint, countryCode: "BJ" });
    expect(applied).toMatchObject({ applied: true, plan: { counts: { add: 1, update: 0, skip: 1 } } });
    expect((await planIndicatorFile(database.db, coordinator, { fileId, countryCode: "BJ" })).plan.counts).toEqual({ add: 0, update: 0, skip: 2 });
  });

  it("never keeps a file the plan refuses, nor one sent by someone who may not import", async () => {
    const before = await keptFiles();
    const openSdg = { fileName: "indicator_1-3-1.csv", bytes: new TextEncoder().encode("Year,Series,Value\n2020,SI_COV_BENFTS,11.6\n") };
    await expect(checkIndicatorFile(database.db, coordinator, openSdg)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { countryCode: "indicatorImport.countryRequired" } });
    await expect(checkIndicatorFile(database.db, coordinator, { fileName: "x.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") })).rejects.toMatchObject({ code: "INVALID" });
    await expect(checkIndicatorFile(database.db, benin, { ...file(rows), countryCode: "BJ" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkIndicatorFile(database.db, coordinator, { ...file(rows), countryCode: "ZZZ" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await keptFiles()).toBe(before);
  });

  it("answers an apply after a change with the new plan, writing nothing", async () => {
    const revised = ["BEN,BA:1,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,11.9,,,,"];
    const { fileId, plan } = await checkIndicatorFile(database.db, coordinator, { ...file(revised), countryCode: "BJ" });
    expect(plan.counts).toEqual({ add: 0, update: 1, skip: 0 });
    await database.db.execute(sql`update indicator_values set value = 11.7, version = version + 1 where period = '2020' and country_indicator_id in (select id from country_indicators where country_code = 'BJ')`);
    const refused = await applyIndicatorFile(database.db, coordinator, { fileId, fingerprint: plan.fingerprint, countryCode: "BJ" });
    expect(refused.applied).toBe(false);
    expect(refused.plan.fingerprint).not.toBe(plan.fingerprint);
    expect(refused.plan.rows).toMatchObject([{ action: "update", before: "11.7000" }]);
    const stored = await queryRows<{ value: string }>(database.db, sql`select value::text as value from indicator_values where period = '2020' and deleted_at is null and country_indicator_id in (select id from country_indicators where country_code = 'BJ')`);
    expect(stored.map((row) => row.value)).toEqual(["11.7000"]);
  });
});

describe("the series across countries as CSV", () => {
  it("gives each country's latest value with its period, to who may export everywhere only", async () => {
    // The file imported for every country: Togo's row added, Benin's 2020 value back to the file's; then a source typed as a formula.
    const { fileId, plan } = await checkIndicatorFile(database.db, coordinator, file(rows));
    await applyIndicatorFile(database.db, coordinator, { fileId, fingerprint: plan.fingerprint });
    await database.db.execute(sql`update indicator_values set source = '=HYPERLINK("http://x")' where period = '2021'`);
    const options = { locale: "en" as const, origin: "http://socle.test", format: "csv" as const };
    const { rowCount, tables } = await exportTables(database.db, coordinator, "results-across", { series: "SI_COV_BENFTS" }, options);
    expect(rowCount).toBe(2);
    const text = await new Response(csvStream(tables[0]!)).text();
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("country,countryName,indicator,indicatorName,unit,period,periodStart,periodEnd,value,obsStatus,source,origin");
    expect(lines[1]).toMatch(/^BJ,Benin,SI_COV_BENFTS,.*,percent,2020,2020-01-01,2020-12-31,11.6,,ILOSTAT SDG_0131_SEX_SOC_RT \(BA:1\),ilostat$/);
    expect(lines[2]).toMatch(/^TG,Togo,SI_COV_BENFTS,.*,percent,2021,2021-01-01,2021-12-31,20.3,,"'=HYPERLINK\(""http:\/\/x""\)",ilostat$/);
    await expect(exportTables(database.db, benin, "results-across", { series: "SI_COV_BENFTS" }, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportTables(database.db, coordinator, "results-across", { series: "NOT_A_SERIES" }, options)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
