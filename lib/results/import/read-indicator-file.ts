/**
 * Reads a file of indicator values in either layout Socle imports (decision 1910), told by its header: Open SDG
 * (Year … Value) or ILOSTAT (ref_area …). Each row comes back mapped to a country, catalogue code, period and sex,
 * or skipped with why. Pure: the plan (plan-indicator-import.ts) says what the mapped rows change.
 */
import { invalid } from "@/lib/errors";
import { fileProblem, type IndicatorFile, type KnownIndicator, readIndicatorTable } from "./indicator-file";
import { ilostatLayoutOf, readIlostatRows } from "./ilostat-file";
import { readOpenSdgRows } from "./open-sdg-file";

export type IndicatorFileOptions = {
  /** The country an Open SDG file is about (it does not say): ISO 3166 alpha-2. ILOSTAT files name theirs. */
  countryCode?: string;
  /** The catalogue's codes and units, with the country's national indicators, that Open SDG rows may name. */
  indicators: KnownIndicator[];
  /** Where an Open SDG file's values come from, as the values record it ("Open SDG" unless told). */
  source?: string;
  /** The column that names an Open SDG row's series when the file has no Series column. */
  seriesColumn?: string;
};

export function readIndicatorFile(bytes: Uint8Array, options: IndicatorFileOptions): IndicatorFile {
  const { header, body } = readIndicatorTable(bytes);
  const ilostat = ilostatLayoutOf(header);
  if (ilostat) return { layout: ilostat, rows: readIlostatRows(header, body, ilostat) };
  const lower = header.map((name) => name.toLowerCase());
  if (!lower.includes("year") || !lower.includes("value")) throw fileProblem("indicatorImport.unknownLayout");
  if (!options.countryCode) throw invalid({ countryCode: "indicatorImport.countryRequired" });
  return { layout: "open_sdg", rows: readOpenSdgRows(header, body, { ...options, countryCode: options.countryCode }) };
}
