import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { indicatorImportLimits } from "@/lib/imports/import-limits";
import { isSkipped, readPeriod, type IndicatorFileRow } from "./indicator-file";
import { readIndicatorFile } from "./read-indicator-file";
import { encode, sdgCatalogue } from "./test-catalogue";

const openSdg = (text: string, extra: { code: string; unit: "persons" | "thousand_persons" | "number" | "percent" }[] = []) =>
  readIndicatorFile(encode(text), { countryCode: "BJ", indicators: [...sdgCatalogue, ...extra] });
const ilostat = (text: string) => readIndicatorFile(encode(text), { indicators: sdgCatalogue });
const outcomes = (rows: IndicatorFileRow[]) => rows.map((row) => (isSkipped(row) ? [row.line, row.skip.replace("indicatorImport.skip.", ""), row.detail] : [row.line, row.indicatorCode, row.period, row.sex, row.value]));
const fileError = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as { fieldErrors: Record<string, string> }).fieldErrors;
  }
  throw new Error("no error");
};

describe("reading an Open SDG file", () => {
  it("maps SDMX series codes and UN series descriptions, keeps totals and sex, and says why every other row is skipped", () => {
    const file = openSdg(
      [
        "Year,Series,Units,Sex,Age,Value",
        "2020,SI_COV_BENFTS,Percentage (%),,,41.2",
        "2020,SI_COV_PENSN,%,Female,,60",
        '2020,"[ILO] Proportion of population above statutory pensionable age receiving a pension, by sex (%)",%,Male,,55.50',
        "2020,Proportion of older persons receiving a pension,%,,,70",
        "2020,SI_COV_CHLD,%,,0-14,12",
        "2020,SI_COV_MATNL,%,Other,,3",
        "2021,SI_COV_BENFTS,%,,,n/a",
        "2021,SI_COV_DISAB,%,,,",
        "2021,SI_COV_UEMP,%,,,140",
        "2019*,SI_COV_POOR,%,,,5",
        ",SI_COV_VULN,%,,,5",
        "2020,SI_COV_BENFTS,%,,,41.3",
        "2020,,%,,,1",
      ].join("\n"),
    );
    expect(file.layout).toBe("open_sdg");
    expect(outcomes(file.rows)).toEqual([
      [2, "SI_COV_BENFTS", "2020", "total", "41.2"],
      [3, "SI_COV_PENSN", "2020", "female", "60"],
      [4, "SI_COV_PENSN", "2020", "male", "55.5"],
      [5, "unknownSeries", "Proportion of older persons receiving a pension"],
      [6, "disaggregated", "Age"],
      [7, "unknownSex", "Other"],
      [8, "valueNotNumber", "n/a"],
      [9, "valueMissing", null],
      [10, "valueOutOfRange", "140"],
      [11, "periodUnreadable", "2019*"],
      [12, "periodUnreadable", ""],
      [13, "duplicate", "2"],
      [14, "seriesMissing", null],
    ]);
    expect(file.rows[0]).toEqual({
      line: 2,
      countryCode: "BJ",
      indicatorCode: "SI_COV_BENFTS",
      period: "2020",
      periodStart: "2020-01-01",
      periodEnd: "2020-12-31",
      sex: "total",
      value: "41.2",
      source: "Open SDG",
      note: null,
      obsStatus: null,
    });
  });

  it("never reads thousands or counts as a percentage: they map only to an indicator in that unit", () => {
    const file = openSdg(
      ["Year,UNIT_MEASURE,SERIES,Value", "2010,TH_PEOPLE,SI_COV_MATNL,459.8", "2010,TH_PEOPLE,BJ_PENSIONERS,194.5", "2010,Number,BJ_PENSIONERS,194500", "2010,NUMBER,BJ_MEMBERS,1200", "2010,per 100000 population,BJ_MEMBERS,3"].join("\n"),
      [
        { code: "BJ_PENSIONERS", unit: "thousand_persons" },
        { code: "BJ_MEMBERS", unit: "persons" },
      ],
    );
    expect(outcomes(file.rows)).toEqual([
      [2, "unitMismatch", "TH_PEOPLE"],
      [3, "BJ_PENSIONERS", "2010", "total", "194.5"],
      [4, "unitMismatch", "Number"],
      [5, "BJ_MEMBERS", "2010", "total", "1200"],
      [6, "unitMismatch", "per 100000 population"],
    ]);
  });

  it("keeps a fiscal year's label and spans both calendar years; a unit multiplier other than units is refused", () => {
    const file = openSdg(["Year,Series,Unit multiplier,Unit measure,Value", "2016/17,SI_COV_BENFTS,Units,Percentage,6.5", "2017/18,SI_COV_BENFTS,Thousands,Percentage,6.5"].join("\r\n"));
    expect(file.rows[0]).toMatchObject({ period: "2016/17", periodStart: "2016-01-01", periodEnd: "2017-12-31", value: "6.5" });
    expect(outcomes(file.rows)[1]).toEqual([3, "unitMultiplier", "Thousands"]);
    expect(readPeriod("2019-2020")).toEqual({ period: "2019/20", periodStart: "2019-01-01", periodEnd: "2020-12-31" });
    expect(readPeriod("2016/18")).toBeNull();
  });

  it("reads a BOM, semicolons, CRLF, quoted commas and extra columns outside Year … Value", () => {
    const text = '\ufeffYear;Series;Sex;Value;Comment\r\n2022;"SI_COV_BENFTS";"female";"38.5";"a note; with a semicolon"\r\n2022;SI_COV_UEMP;;"1,5";x\r\n';
    expect(outcomes(openSdg(text).rows)).toEqual([
      [2, "SI_COV_BENFTS", "2022", "female", "38.5"],
      [3, "valueNotNumber", "1,5"],
    ]);
    const commas = 'Year,Series,Region,Value,Extra\n2022,"SI_COV_BENFTS",,40,"one, two"\n2022,SI_COV_BENFTS,"North, East",41,\n';
    expect(outcomes(openSdg(commas).rows)).toEqual([
      [2, "SI_COV_BENFTS", "2022", "total", "40"],
      [3, "disaggregated", "Region"],
    ]);
  });

  it("keeps observation status and comment columns on the value", () => {
    const file = openSdg("Year,Series,OBS_STATUS,COMMENT_OBS,Value\n2023,SI_COV_BENFTS,E,Estimate from the survey,12\n");
    expect(file.rows[0]).toMatchObject({ obsStatus: "E", note: "Estimate from the survey" });
  });

  it("says what is wrong with a file it cannot read at all", () => {
    expect(fileError(() => openSdg(""))).toEqual({ file: "import.fileEmpty" });
    expect(fileError(() => openSdg("Year,Series,Value\n"))).toEqual({ file: "import.noRows" });
    expect(fileError(() => openSdg("Year,Series,Value\n\n\n"))).toEqual({ file: "import.noRows" });
    expect(fileError(() => openSdg("Annee,Serie,Valeur\n2020,SI_COV_BENFTS,3\n"))).toEqual({ file: "indicatorImport.unknownLayout" });
    expect(fileError(() => openSdg('Year,Series,Value\n2020,"SI_COV_BENFTS,3\n'))).toEqual({ file: "import.csvMalformed?line=2" });
    expect(fileError(() => readIndicatorFile(encode("Year,Value\n2020,3\n"), { indicators: sdgCatalogue }))).toEqual({ countryCode: "indicatorImport.countryRequired" });
    expect(fileError(() => readIndicatorFile(encode("Year,Value\n2020,3\n"), { countryCode: "BJ", indicators: sdgCatalogue, seriesColumn: "Programme" }))).toEqual({ file: "import.missingColumns?columns=Programme" });
    expect(fileError(() => readIndicatorFile(new Uint8Array([0x59, 0xff, 0xfe]), { countryCode: "BJ", indicators: sdgCatalogue }))).toEqual({ file: "import.notUtf8" });
  });
});

describe("reading an ILOSTAT file", () => {
  const header = "ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_classif,note_indicator,note_source";

  it("maps the confirmed contingencies to SDG series, countries by ISO alpha-3, and says why every other row is skipped", () => {
    const file = ilostat(
      [
        header,
        "BEN,BA:259,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,11.6,,,T3:2,",
        "BEN,BA:259,SDG_0131_SEX_SOC_RT,SEX_F,SOC_CONTIG_UNE,2020,0.4,B,,,S3:5",
        "BEN,BA:259,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_CHILD,2020,3.1,,,,",
        "X01,,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,46.9,,,,",
        "ZZZ,,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,46.9,,,,",
        "BEN,BA:259,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2021,12,U,,,",
        "BEN,BA:259,EAR_4MTH_SEX_ECO_CUR_NB,SEX_T,SOC_CONTIG_TOTAL,2021,12,,,,",
        "BEN,BA:300,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020,11.9,,,,",
        "BEN,,SDG_0131_SEX_SOC_RT,SEX_O,SOC_CONTIG_TOTAL,2020,11.9,,,,",
        "BEN,,SDG_0131_SEX_SOC_RT,SEX_T,SOC_CONTIG_TOTAL,2020Q1,11.9,,,,",
        "BEN,,SDG_0131_SEX_SOC_RT,SEX_M,SOC_CONTIG_TOTAL,2022,,,,,",
      ].join("\n"),
    );
    expect(file.layout).toBe("ilostat");
    expect(outcomes(file.rows)).toEqual([
      [2, "SI_COV_BENFTS", "2020", "total", "11.6"],
      [3, "SI_COV_UEMP", "2020", "female", "0.4"],
      [4, "unknownSeries", "SOC_CONTIG_CHILD"],
      [5, "unknownCountry", "X01"],
      [6, "unknownCountry", "ZZZ"],
      [7, "unreliable", "U"],
      [8, "unknownSeries", "EAR_4MTH_SEX_ECO_CUR_NB"],
      [9, "duplicate", "2"],
      [10, "unknownSex", "SEX_O"],
      [11, "periodUnreadable", "2020Q1"],
      [12, "valueMissing", null],
    ]);
    expect(file.rows[0]).toMatchObject({ countryCode: "BJ", source: "ILOSTAT SDG_0131_SEX_SOC_RT (BA:259)", note: "T3:2", obsStatus: null });
    expect(file.rows[1]).toMatchObject({ obsStatus: "B", note: "S3:5" });
  });

  it("reads columns by name in any order and case, with extra columns, a BOM and semicolons", () => {
    const text = "\ufeffTIME;OBS_VALUE;Classif1;Sex;Ref_Area;extra\r\n2019;54.4;soc_contig_total;sex_t;arm;x\r\n";
    expect(outcomes(ilostat(text).rows)).toEqual([[2, "SI_COV_BENFTS", "2019", "total", "54.4"]]);
    expect(ilostat(text).rows[0]).toMatchObject({ countryCode: "AM", source: "ILOSTAT SDG_0131_SEX_SOC_RT" });
  });

  it("reads the DDF layout, whose value column names the indicator, and refuses another indicator's", () => {
    const ddf = ilostat("ref_area,sex,classif1,time,sdg_0131_sex_soc_rt\nben,sex_t,soc_contig_total,2022,12.5\n");
    expect(ddf.layout).toBe("ilostat_ddf");
    expect(outcomes(ddf.rows)).toEqual([[2, "SI_COV_BENFTS", "2022", "total", "12.5"]]);
    const other = ilostat("ref_area,sex,classif1,time,ear_4mth_sex_geo_cur_nb\nben,sex_t,soc_contig_total,2022,12.5\n");
    expect(outcomes(other.rows)).toEqual([[2, "unknownSeries", "EAR_4MTH_SEX_GEO_CUR_NB"]]);
  });

  it("reports the label layout on every row instead of reading words as codes", () => {
    const file = ilostat('"ref_area.label","sex.label","classif1.label","time","obs_value"\n"Benin","Total","Contingency: Total","2020",11.6\n');
    expect(file.layout).toBe("ilostat_labels");
    expect(outcomes(file.rows)).toEqual([[2, "labelLayout", null]]);
  });

  it("needs a time and one value column", () => {
    expect(fileError(() => ilostat("ref_area,sex,classif1,obs_value\nBEN,SEX_T,SOC_CONTIG_TOTAL,3\n"))).toEqual({ file: "import.missingColumns?columns=time" });
    expect(fileError(() => ilostat("ref_area,sex,classif1,time\nBEN,SEX_T,SOC_CONTIG_TOTAL,2020\n"))).toEqual({ file: "import.missingColumns?columns=obs_value" });
  });
});

describe("the size of a file", () => {
  const row = (index: number) => `${["BEN", "ARM", "AGO", "AFG", "TGO"][index % 5]},BA:1,SDG_0131_SEX_SOC_RT,${["SEX_T", "SEX_F", "SEX_M"][index % 3]},SOC_CONTIG_TOTAL,${1000 + Math.floor(index / 15)},${index % 100}.5,,,,`;
  const ilostatRows = (count: number) => `ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_classif,note_indicator,note_source\n${Array.from({ length: count }, (_, index) => row(index)).join("\n")}\n`;

  it(`reads ${indicatorImportLimits.maxRows.toLocaleString("en")} rows within a bounded heap`, () => {
    const bytes = encode(ilostatRows(indicatorImportLimits.maxRows));
    expect(bytes.byteLength).toBeLessThan(indicatorImportLimits.maxBytes);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const file = readIndicatorFile(bytes, { indicators: sdgCatalogue });
    const grown = process.memoryUsage().heapUsed - before;
    expect(file.rows).toHaveLength(indicatorImportLimits.maxRows);
    expect(file.rows.filter(isSkipped)).toEqual([]);
    // A 3.3 MB file grew the heap by about 25 MB here: the export goals hold a few tens of MB (docs/performance.md).
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses one row more than the limit, and a file over the size limit before decoding it", () => {
    expect(fileError(() => ilostat(ilostatRows(indicatorImportLimits.maxRows + 1)))).toEqual({ file: `import.tooManyRows?maximum=${indicatorImportLimits.maxRows}` });
    const tooLarge = new Uint8Array(indicatorImportLimits.maxBytes + 1).fill(0x41);
    expect(fileError(() => readIndicatorFile(tooLarge, { indicators: sdgCatalogue }))).toEqual({ file: `import.fileTooLarge?maximum=${indicatorImportLimits.maxBytes / 1024 / 1024}` });
  });
});

describe("the README's examples", () => {
  const section = fs.readFileSync("README.md", "utf8").split("## Importing indicator values")[1]!.split("\n## ")[0]!;
  const [openSdgExample, ilostatExample] = [...section.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it("read as the README says", () => {
    expect(outcomes(openSdg(openSdgExample!).rows)).toEqual([
      [2, "SI_COV_BENFTS", "2022", "total", "38.5"],
      [3, "SI_COV_BENFTS", "2022", "female", "36.1"],
      [4, "disaggregated", "Age"],
      [5, "unitMismatch", "TH_PEOPLE"],
    ]);
    expect(outcomes(ilostat(ilostatExample!).rows)).toEqual([
      [2, "SI_COV_BENFTS", "2020", "total", "11.6"],
      [3, "SI_COV_UEMP", "2020", "female", "0.4"],
      [4, "unreliable", "U"],
    ]);
  });
});
