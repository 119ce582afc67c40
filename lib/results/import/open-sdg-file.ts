/**
 * Reads a national Open SDG site's data file (`data/indicator_1-3-1.csv`): Year and Value by name, the columns
 * between them disaggregations (blank = total), Series and Units columns read by name where present. The file
 * names no country: the person importing chooses it. Decision 1910 says what maps and why the rest is skipped.
 */
import type { TableLine } from "@/lib/imports/csv-table";
import {
  fileProblem,
  type IndicatorFileRow,
  type IndicatorUnit,
  type KnownIndicator,
  readPeriod,
  readSex,
  readValue,
  skipped,
  withoutDuplicates,
} from "./indicator-file";
import { labelKey, seriesOfLabel } from "./series-labels";

/** Header names (lower case) of the columns that are not disaggregations, by what they hold. */
const roleNames = {
  series: ["series", "series code", "series_code", "indicator"],
  units: ["units", "unit", "unit_measure", "unit measure", "unit of measure"],
  multiplier: ["unit multiplier", "unit_mult", "unit mult"],
  obsStatus: ["obs_status", "observation status"],
  note: ["comment_obs"],
  geoCode: ["geocode"],
  sex: ["sex"],
} as const;
type Role = keyof typeof roleNames;
const roleOf = (name: string): Role | undefined =>
  (Object.keys(roleNames) as Role[]).find((role) => (roleNames[role] as readonly string[]).includes(name.toLowerCase()));

type FileUnit = "percent" | "thousands" | "count";
const unitNames: Record<string, FileUnit> = Object.fromEntries([
  ...["%", "percent", "per cent", "percentage", "percentage (%)", "percent (%)", "per cent (%)", "pt"].map((name) => [name, "percent"]),
  ...["th_people", "thousands", "thousand", "thousands of people", "thousands of persons", "thousand persons"].map((name) => [name, "thousands"]),
  ...["number", "persons", "person", "people", "number of people", "number of persons"].map((name) => [name, "count"]),
]);
/** Which stored units a file's unit may go into: thousands and counts never become a percentage, nor the reverse. */
const fitsUnit: Record<FileUnit, IndicatorUnit[]> = { percent: ["percent"], thousands: ["thousand_persons"], count: ["persons", "number"] };
const plainMultiplier = new Set(["", "0", "units", "unit"]);

export type OpenSdgOptions = {
  countryCode: string;
  indicators: KnownIndicator[];
  source?: string;
  /** The column naming each row's series when the file has no Series column (Rwanda's "Social Protection Systems"). */
  seriesColumn?: string;
};

export function readOpenSdgRows(header: string[], body: TableLine[], options: OpenSdgOptions): IndicatorFileRow[] {
  const lower = header.map((name) => name.toLowerCase());
  const yearAt = lower.indexOf("year");
  const valueAt = lower.indexOf("value");
  // Series, Units and the other named columns are read wherever they are; the rest between Year and Value
  // disaggregate, and columns outside them are extra and ignored.
  const at: Partial<Record<Role, number>> = {};
  const disaggregations: number[] = [];
  const chosen = options.seriesColumn?.trim().toLowerCase();
  if (chosen) {
    at.series = lower.indexOf(chosen);
    if (at.series < 0) throw fileProblem("import.missingColumns", { columns: options.seriesColumn! });
  }
  header.forEach((name, index) => {
    if (index === at.series) return;
    const role = roleOf(name);
    // A second column of a known kind (Rwanda's "Units" and "Unit measure") repeats the first and is not read.
    if (role) at[role] ??= index;
    else if (index > Math.min(yearAt, valueAt) && index < Math.max(yearAt, valueAt)) disaggregations.push(index);
  });
  // Of two entries with one code, the later wins: the plan lists the country's national indicators after the catalogue's.
  const byCode = new Map(options.indicators.map((indicator) => [indicator.code, indicator]));
  const byUpperCode = new Map(options.indicators.map((indicator) => [indicator.code.toUpperCase(), indicator]));
  // A national indicator is also found by its own name, as the working group wrote it (in any of its languages).
  const byName = new Map(options.indicators.flatMap((indicator) => (indicator.names ?? []).map((name) => [labelKey(name), indicator] as const)));
  const source = options.source ?? "Open SDG";

  const rows = body.map(({ line, cells }): IndicatorFileRow => {
    const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? "").trim());
    const series = cell(at.series);
    if (series === "") return skipped(line, "seriesMissing");
    const indicator = byCode.get(series) ?? byUpperCode.get(series.toUpperCase()) ?? byCode.get(seriesOfLabel(series) ?? "") ?? byName.get(labelKey(series));
    if (!indicator) return skipped(line, "unknownSeries", series);
    const by = disaggregations.filter((index) => cell(index) !== "").map((index) => header[index]!);
    if (by.length) return skipped(line, "disaggregated", by.join(", "));
    const sex = readSex(cell(at.sex));
    if (!sex) return skipped(line, "unknownSex", cell(at.sex));
    const unitText = cell(at.units);
    // A row that states no unit is in its series' unit: the series defines it (SI_COV_* are percentages).
    if (unitText !== "") {
      const unit = unitNames[unitText.toLowerCase()];
      if (!unit || !fitsUnit[unit].includes(indicator.unit)) return skipped(line, "unitMismatch", unitText);
    }
    if (!plainMultiplier.has(cell(at.multiplier).toLowerCase())) return skipped(line, "unitMultiplier", cell(at.multiplier));
    const period = readPeriod(cell(yearAt));
    if (!period) return skipped(line, "periodUnreadable", cell(yearAt));
    const value = readValue(cell(valueAt), indicator.unit);
    if ("reason" in value) return skipped(line, value.reason, cell(valueAt) || null);
    return {
      line,
      countryCode: options.countryCode,
      indicatorCode: indicator.code,
      ...period,
      sex,
      value: value.value,
      source,
      note: cell(at.note) || null,
      obsStatus: cell(at.obsStatus) || null,
    };
  });
  return withoutDuplicates(rows);
}
