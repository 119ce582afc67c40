/**
 * Reads ILOSTAT's SDG 1.3.1 coverage rate (SDG_0131_SEX_SOC_RT) in the layouts it comes in (decision 1910): the
 * bulk CSV (`ref_area,source,indicator,sex,classif1,time,obs_value,obs_status,note_*`, columns by name, any case),
 * the DDF re-format whose value column is named after the indicator, and the explorer's label layout
 * (`ref_area.label`…), which names countries and series in words and is reported row by row, not read.
 */
// The codes alone: the package's main entry also loads every language's country names into the server.
import { alpha3ToAlpha2 } from "i18n-iso-countries/index";
import type { TableLine } from "@/lib/imports/csv-table";
import { fileProblem, type IndicatorFileLayout, type IndicatorFileRow, readPeriod, readSex, readValue, skipped, withoutDuplicates } from "./indicator-file";
import { ilostatContingencies, ilostatCoverageIndicator } from "./series-labels";

/** The bulk file's own columns; any other (one only) is the DDF layout's value column, named after its indicator. */
const knownColumns = new Set(["ref_area", "source", "indicator", "sex", "classif1", "classif2", "time", "obs_value", "obs_status"]);

/** ILOSTAT's ids carry a frequency suffix in some downloads (`…_RT_A`). */
const isCoverageIndicator = (id: string) => [ilostatCoverageIndicator, `${ilostatCoverageIndicator}_A`].includes(id.trim().toUpperCase());

export function ilostatLayoutOf(header: string[]): IndicatorFileLayout | undefined {
  const lower = header.map((name) => name.toLowerCase());
  if (lower.includes("ref_area.label")) return "ilostat_labels";
  if (!lower.includes("ref_area")) return undefined;
  return lower.includes("obs_value") ? "ilostat" : "ilostat_ddf";
}

export function readIlostatRows(header: string[], body: TableLine[], layout: IndicatorFileLayout): IndicatorFileRow[] {
  if (layout === "ilostat_labels") return body.map(({ line }) => skipped(line, "labelLayout"));
  const lower = header.map((name) => name.toLowerCase());
  const at = (name: string) => lower.indexOf(name);
  const valueColumns = layout === "ilostat" ? ["obs_value"] : lower.filter((name) => !knownColumns.has(name) && !name.startsWith("note_"));
  if (at("time") < 0) throw fileProblem("import.missingColumns", { columns: "time" });
  if (valueColumns.length !== 1) throw fileProblem("import.missingColumns", { columns: "obs_value" });
  const valueAt = at(valueColumns[0]!);
  const noteAts = lower.flatMap((name, index) => (name.startsWith("note_") ? [index] : []));
  // The DDF layout names its indicator once, in the value column's header.
  const fileIndicator = layout === "ilostat_ddf" ? valueColumns[0]!.toUpperCase() : null;

  const rows = body.map(({ line, cells }): IndicatorFileRow => {
    const cell = (index: number) => (index < 0 ? "" : (cells[index] ?? "").trim());
    const indicator = fileIndicator ?? (cell(at("indicator")) || ilostatCoverageIndicator);
    if (!isCoverageIndicator(indicator)) return skipped(line, "unknownSeries", indicator);
    const contingency = cell(at("classif1"));
    const indicatorCode = ilostatContingencies[contingency.toUpperCase()];
    if (!indicatorCode) return skipped(line, "unknownSeries", contingency || null);
    const area = cell(at("ref_area"));
    // X-aggregates (X01 world…) and codes ISO 3166 does not know are no country.
    const countryCode = area.length === 3 ? alpha3ToAlpha2(area.toUpperCase()) : undefined;
    if (!countryCode) return skipped(line, "unknownCountry", area || null);
    const sex = readSex(cell(at("sex")));
    if (!sex) return skipped(line, "unknownSex", cell(at("sex")));
    const obsStatus = cell(at("obs_status")).toUpperCase() || null;
    if (obsStatus === "U") return skipped(line, "unreliable", obsStatus);
    const period = readPeriod(cell(at("time")));
    if (!period) return skipped(line, "periodUnreadable", cell(at("time")));
    const value = readValue(cell(valueAt), "percent");
    if ("reason" in value) return skipped(line, value.reason, cell(valueAt) || null);
    const sourceCode = cell(at("source"));
    const notes = noteAts.map(cell).filter((note) => note !== "");
    return {
      line,
      countryCode,
      indicatorCode,
      ...period,
      sex,
      value: value.value,
      source: `ILOSTAT ${ilostatCoverageIndicator}${sourceCode ? ` (${sourceCode})` : ""}`,
      note: notes.length ? notes.join("; ") : null,
      obsStatus,
    };
  });
  return withoutDuplicates(rows);
}
