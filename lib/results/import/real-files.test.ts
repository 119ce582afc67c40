/**
 * The readers on the real published SDG 1.3.1 and ILOSTAT files (`../shared/real-data/`, read in place, never
 * copied in; REAL_DATA_DIR names another place): every row maps or says why, and what each file yields is
 * asserted as it was checked by hand.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type IndicatorFileRow, isSkipped, type KnownIndicator } from "./indicator-file";
import { type IndicatorFileOptions, readIndicatorFile } from "./read-indicator-file";
import { sdgCatalogue } from "./test-catalogue";

const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
const read = (name: string, options: Partial<IndicatorFileOptions> = {}) =>
  readIndicatorFile(new Uint8Array(fs.readFileSync(path.join(realData, name))), { indicators: sdgCatalogue, ...options });
const dataLines = (name: string) => fs.readFileSync(path.join(realData, name), "utf8").trim().split("\n").length - 1;

/** How many rows map to each indicator and country, and how many are skipped for each reason and detail. */
function tally(rows: IndicatorFileRow[], withDetail = true): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = isSkipped(row) ? `${row.skip.replace("indicatorImport.skip.", "")}${withDetail && row.detail ? `: ${row.detail}` : ""}` : `${row.indicatorCode} ${row.countryCode}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe.skipIf(!fs.existsSync(realData))("the real published files", () => {
  it("Armstat's file names its series in words no table knows: all 674 rows are unknown series", () => {
    const file = read("sdg-1-3-1-armenia-armstat.csv", { countryCode: "AM" });
    expect(file.rows).toHaveLength(dataLines("sdg-1-3-1-armenia-armstat.csv"));
    expect(tally(file.rows)).toEqual({
      "unknownSeries: The share of pensioners to the total number of population at the end of the year": 387,
      "unknownSeries: The share of beneficiaries of old age, disability and in case of losing a breadwinner to the total number of population at the end of the year": 240,
      "unknownSeries: The share of families receiving family benefits to households": 10,
      "unknownSeries: The share of families receiving social benefits to households": 10,
      "unknownSeries: Number of beneficiaries receiving maternity benefits granted to non-employed person at the end of the year": 9,
      "unknownSeries: Share of poor population who receive family benefit": 9,
      "unknownSeries: Share of poor population who receive social assistance, including family benefit": 9,
    });
  });

  it("Armstat's rows map once the working group names a national indicator as the file does; its rows by age and category are then said to be disaggregated", () => {
    const pensioners: KnownIndicator = { code: "AM_PENSIONERS", unit: "percent", names: ["The share of pensioners to the total number of population at the end of the year"] };
    const file = read("sdg-1-3-1-armenia-armstat.csv", { countryCode: "AM", indicators: [...sdgCatalogue, pensioners] });
    const counts = tally(file.rows, false);
    expect(counts).toMatchObject({ "AM_PENSIONERS AM": 30, disaggregated: 357, unknownSeries: 287 });
    expect(file.rows[0]).toEqual({
      line: 2,
      countryCode: "AM",
      indicatorCode: "AM_PENSIONERS",
      period: "2015",
      periodStart: "2015-01-01",
      periodEnd: "2015-12-31",
      sex: "total",
      value: "15.53",
      source: "Open SDG",
      note: null,
      obsStatus: null,
    });
  });

  it("KazStat's values are thousands of people: never read as the SDG percentages; national codes map to an indicator in thousands", () => {
    expect(tally(read("sdg-1-3-1-kazakhstan-kazstat.csv", { countryCode: "KZ" }).rows)).toEqual({
      "unitMismatch: TH_PEOPLE": 26,
      "unknownSeries: _L_KZ_010301_1A": 13,
      "unknownSeries: _L_KZ_010301_1B": 13,
      "unknownSeries: _L_KZ_010301_1C": 13,
    });
    const national = ["1A", "1B", "1C"].map((suffix): KnownIndicator => ({ code: `_L_KZ_010301_${suffix}`, unit: "thousand_persons" }));
    const file = read("sdg-1-3-1-kazakhstan-kazstat.csv", { countryCode: "KZ", indicators: [...sdgCatalogue, ...national] });
    expect(tally(file.rows)).toEqual({ "unitMismatch: TH_PEOPLE": 26, "_L_KZ_010301_1A KZ": 13, "_L_KZ_010301_1B KZ": 13, "_L_KZ_010301_1C KZ": 13 });
    expect(file.rows[2]).toMatchObject({ line: 4, indicatorCode: "_L_KZ_010301_1B", period: "2010", sex: "total", value: "1702.9" });
    expect(file.rows.at(-1)).toMatchObject({ line: 66, indicatorCode: "_L_KZ_010301_1A", period: "2022", value: "728.7" });
    // A count is not thousands either.
    const persons = read("sdg-1-3-1-kazakhstan-kazstat.csv", { countryCode: "KZ", indicators: national.map((indicator) => ({ ...indicator, unit: "persons" })) });
    expect(tally(persons.rows, false)).toEqual({ unitMismatch: 39, unknownSeries: 26 });
  });

  it("Rwanda's file has no Series column: every row says so; with its series column chosen, national indicators map by name", () => {
    expect(tally(read("sdg-1-3-1-rwanda.csv", { countryCode: "RW" }).rows)).toEqual({ seriesMissing: 23 });
    const national: KnownIndicator[] = [
      { code: "RW_CORE_SP", unit: "percent", names: ["Core SP programmes (of national population)"] },
      { code: "RW_HEALTH_INSURANCE", unit: "percent", names: ["Health insurance (All individuals)"] },
      { code: "RW_PENSION_MEMBERS", unit: "persons", names: ["Member of Pension and occupational Hazards"] },
    ];
    const file = read("sdg-1-3-1-rwanda.csv", { countryCode: "RW", indicators: [...sdgCatalogue, ...national], seriesColumn: "Social Protection Systems" });
    expect(file.rows.filter((row) => !isSkipped(row))).toEqual([
      expect.objectContaining({ line: 2, indicatorCode: "RW_CORE_SP", period: "2016/17", periodStart: "2016-01-01", periodEnd: "2017-12-31", value: "6.5" }),
      expect.objectContaining({ line: 8, indicatorCode: "RW_HEALTH_INSURANCE", period: "2016/17", value: "70" }),
      expect.objectContaining({ line: 13, indicatorCode: "RW_CORE_SP", period: "2017/18", value: "6.5" }),
      expect.objectContaining({ line: 19, indicatorCode: "RW_HEALTH_INSURANCE", period: "2017/18", value: "73.9" }),
    ]);
    expect(tally(file.rows)).toMatchObject({
      "disaggregated: Category (Active Contributing members or Ritiree)": 4,
      "unknownSeries: Health insurance": 8,
      "unknownSeries: Medical scheme": 4,
      "unknownSeries: Community-Based Health Insurance - CBHI (of national population)": 2,
      "unknownSeries: Maternity Leave Benefits": 1,
    });
  });

  it("STATIN's file has no Series column either: all 686 rows say so", () => {
    expect(tally(read("sdg-1-3-1-jamaica-statin.csv", { countryCode: "JM" }).rows)).toEqual({ seriesMissing: dataLines("sdg-1-3-1-jamaica-statin.csv") });
    // Its "Type of Benefit" column holds national programmes, and units per 100,000 that fit no indicator.
    const byBenefit = read("sdg-1-3-1-jamaica-statin.csv", { countryCode: "JM", seriesColumn: "Type of Benefit" });
    expect(tally(byBenefit.rows, false)).toEqual({ unknownSeries: 674, seriesMissing: 12 });
  });

  it("the ILOSTAT DDF extract: the total and unemployment contingencies map for Afghanistan, Angola and Armenia; the unconfirmed ones are unknown series", () => {
    const file = read("ilostat-sdg-1-3-1-ddf-extract-afg-ago-arm.csv");
    expect(file.layout).toBe("ilostat_ddf");
    expect(file.rows).toHaveLength(93);
    expect(tally(file.rows)).toEqual({
      "SI_COV_BENFTS AF": 1,
      "SI_COV_UEMP AF": 1,
      "SI_COV_BENFTS AO": 1,
      "SI_COV_UEMP AO": 12,
      "SI_COV_BENFTS AM": 3,
      "SI_COV_UEMP AM": 20,
      "unknownSeries: soc_contig_child": 5,
      "unknownSeries: soc_contig_disab": 14,
      "unknownSeries: soc_contig_inj": 4,
      "unknownSeries: soc_contig_mat": 5,
      "unknownSeries: soc_contig_pension": 16,
      "unknownSeries: soc_contig_poor": 4,
      "unknownSeries: soc_contig_vuln": 7,
    });
    expect(file.rows[7]).toEqual({
      line: 9,
      countryCode: "AF",
      indicatorCode: "SI_COV_BENFTS",
      period: "2019",
      periodStart: "2019-01-01",
      periodEnd: "2019-12-31",
      sex: "total",
      value: "7.5",
      source: "ILOSTAT SDG_0131_SEX_SOC_RT",
      note: null,
      obsStatus: null,
    });
    const armenia = file.rows.filter((row) => !isSkipped(row) && row.countryCode === "AM" && row.indicatorCode === "SI_COV_BENFTS");
    expect(armenia.map((row) => !isSkipped(row) && [row.period, row.value])).toEqual([
      ["2015", "47.3"],
      ["2019", "54.4"],
      ["2021", "49.2"],
    ]);
  });

  it("the ILOSTAT earnings extract is the explorer's label layout: a format sample that maps to nothing, each row says why", () => {
    const file = read("ilostat-earnings-EAR_4MTH_SEX_GEO_CUR_NB_A-extract.csv");
    expect(file.layout).toBe("ilostat_labels");
    expect(tally(file.rows)).toEqual({ labelLayout: 225 });
  });
});
