/**
 * Reads a table of exchange rates (CSV or XLSX) in either layout Socle imports, told by its header (decision 2100):
 * Socle's own (`currency,base_currency,period,period_start,rate,source`) or the IMF's table as codeforIATI publishes
 * it (`Date,Rate,Currency,Frequency,Source,Country code,Country`: national currency per USD, A/M/D). Each row comes
 * back as a rate, skipped with why, or refused by column. Rows of one key are one rate (see `mergeDuplicates`).
 */
import DecimalLight from "decimal.js-light";
import { invalid } from "@/lib/errors";
import { exchangeRateImportLimits } from "@/lib/imports/import-limits";
import { type ImportFormat, readImportFile } from "@/lib/imports/read-import-file";
import { exchangeRateSchema } from "@/lib/validation/exchange-rates";
import { checkInput } from "@/lib/validation/parse";
import { withValues } from "@/lib/validation/zod";
import { currencySchema } from "@/lib/validation/support";
import type { ExchangeRatePeriod } from "@/db/schema/values";

export type RateFileLayout = "socle" | "imf";
export type RateFileColumn = "currency" | "base_currency" | "period" | "period_start" | "rate" | "source" | "date" | "frequency" | "country_code" | "country";

/** A rate a row states, its figure rounded to the 10 decimals numeric(30,10) keeps. */
export type FileRate = { currency: string; baseCurrency: string; period: ExchangeRatePeriod; periodStart: string; rate: string; source: string };
export type RateRowError = { line: number; column: string | null; message: string };
/** Rows left out on purpose: a currency in itself (USD per USD), a currency Socle does not know (the IMF's legacy ones). */
export type SkipReason = "baseCurrency" | "unknownCurrency" | "duplicate";
export type ReadRow = { line: number; country: string | null } & ({ kind: "rate"; rate: FileRate } | { kind: "skip"; reason: SkipReason; currency: string });

export const imfSource = "International Monetary Fund";
const imfFrequencies: Record<string, ExchangeRatePeriod> = { A: "year", M: "month", D: "day" };

const headerNames: Record<string, RateFileColumn> = {
  currency: "currency",
  base_currency: "base_currency",
  period: "period",
  period_start: "period_start",
  rate: "rate",
  source: "source",
  date: "date",
  frequency: "frequency",
  "country code": "country_code",
  country: "country",
};

const Decimal = DecimalLight.clone({ precision: 40, rounding: DecimalLight.ROUND_HALF_UP });

/** A published figure with more than 10 decimals (the IMF writes 15) rounded half up to the 10 kept. */
export function roundedRate(text: string): string {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  const [, decimals = ""] = trimmed.split(".");
  return decimals.length > 10 ? new Decimal(trimmed).toDecimalPlaces(10).toFixed() : trimmed;
}

export type RateFile = { format: ImportFormat; layout: RateFileLayout; rowCount: number; rows: ReadRow[]; errors: RateRowError[] };

export async function readRateFile(bytes: Uint8Array): Promise<RateFile> {
  const seen = new Set<RateFileColumn>();
  const columnOf = (header: string) => {
    const column = headerNames[header.replace(/^\uFEFF/, "").trim().toLowerCase()];
    if (column) seen.add(column);
    return column;
  };
  const file = await readImportFile(bytes, { columnOf, required: ["currency", "rate"] }, exchangeRateImportLimits);
  const layout: RateFileLayout | null = seen.has("date") && seen.has("frequency") ? "imf" : seen.has("period") && seen.has("period_start") ? "socle" : null;
  if (!layout) throw invalid({ file: "exchangeRates.import.unknownLayout" });
  const rows: ReadRow[] = [];
  const errors: RateRowError[] = [];
  for (const { line, values } of file.rows) {
    const read = layout === "imf" ? readImfRow(values) : readSocleRow(values);
    if ("errors" in read) errors.push(...Object.entries(read.errors).map(([column, message]) => ({ line, column, message })));
    else rows.push({ line, country: values.country_code?.trim() || null, ...read.row } as ReadRow);
  }
  return { format: file.format, layout, rowCount: file.rows.length, rows, errors };
}

type RowValues = Partial<Record<RateFileColumn, string>>;
type RowRead = { row: { kind: "rate"; rate: FileRate } | { kind: "skip"; reason: SkipReason; currency: string } } | { errors: Record<string, string> };

function readSocleRow(values: RowValues): RowRead {
  const input = {
    currency: values.currency ?? "",
    baseCurrency: values.base_currency ?? "",
    period: values.period?.trim().toLowerCase() ?? "",
    periodStart: values.period_start?.trim() ?? "",
    rate: roundedRate(values.rate ?? ""),
    source: values.source ?? "",
  };
  const checked = checkInput(exchangeRateSchema, input);
  if (checked.errors) return { errors: renamed(checked.errors) };
  return { row: { kind: "rate", rate: checked.data } };
}

/** The IMF states national currency per USD; a date is its period's last day (YYYY-12-31 for a year's average). */
function readImfRow(values: RowValues): RowRead {
  const currencyText = (values.currency ?? "").trim().toUpperCase();
  if (currencyText === "USD") return { row: { kind: "skip", reason: "baseCurrency", currency: currencyText } };
  // The IMF keeps currencies long gone (ITL, GRD) that no amount in Socle can be in.
  if (/^[A-Z]{3}$/.test(currencyText) && !currencySchema.safeParse(currencyText).success) return { row: { kind: "skip", reason: "unknownCurrency", currency: currencyText } };
  const errors: Record<string, string> = {};
  const period = imfFrequencies[(values.frequency ?? "").trim().toUpperCase()];
  if (!period) errors.frequency = "exchangeRates.import.frequency";
  const date = (values.date ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) errors.date = "validation.date";
  if (Object.keys(errors).length) return { errors };
  const periodStart = period === "year" ? `${date.slice(0, 4)}-01-01` : period === "month" ? `${date.slice(0, 7)}-01` : date;
  const source = (values.source ?? "").trim();
  return readSocleRow({
    currency: currencyText,
    base_currency: "USD",
    period,
    period_start: periodStart,
    rate: values.rate,
    source: source && source.toUpperCase() !== "IMF" ? `${imfSource} (${source})` : imfSource,
  });
}

/** Field errors named by the file's columns, as the person sees them in the header. */
function renamed(errors: Record<string, string>): Record<string, string> {
  const columns: Record<string, string> = { baseCurrency: "base_currency", periodStart: "period_start" };
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [columns[field] ?? field, message]));
}

export const rateKey = (rate: Pick<FileRate, "currency" | "baseCurrency" | "period" | "periodStart">) => `${rate.currency}|${rate.baseCurrency}|${rate.period}|${rate.periodStart}`;

/**
 * Rows stating the same rate are one: a currency several countries share (XOF for each WAEMU member) is listed once
 * per country. Where they differ, the IMF's issuer row decides (the currency area's own row, whose code is not a
 * country's, such as 7A for WAEMU and U2 for the euro area, or the issuing country, whose code begins the currency's:
 * ZA for ZAR); otherwise the rows are refused, each named.
 */
export function mergeDuplicates(file: RateFile): { rates: { line: number; rate: FileRate }[]; duplicates: ReadRow[]; errors: RateRowError[] } {
  const byKey = new Map<string, (ReadRow & { kind: "rate" })[]>();
  for (const row of file.rows) if (row.kind === "rate") byKey.set(rateKey(row.rate), [...(byKey.get(rateKey(row.rate)) ?? []), row]);
  const rates: { line: number; rate: FileRate }[] = [];
  const duplicates: ReadRow[] = [];
  const errors: RateRowError[] = [];
  for (const rows of byKey.values()) {
    const first = rows[0]!;
    const differing = rows.some((row) => !new Decimal(row.rate.rate).eq(first.rate.rate) || row.rate.source !== first.rate.source);
    const issuer = !differing ? first : file.layout === "imf" ? rows.find((row) => isIssuerRow(row)) : undefined;
    if (!issuer) {
      const lines = rows.map((row) => row.line).join(", ");
      for (const row of rows) errors.push({ line: row.line, column: "rate", message: withValues("exchangeRates.import.differingDuplicates", { lines }) });
      continue;
    }
    rates.push({ line: issuer.line, rate: issuer.rate });
    duplicates.push(...rows.filter((row) => row !== issuer));
  }
  return { rates: rates.sort((a, b) => a.line - b.line), duplicates, errors };
}

function isIssuerRow(row: ReadRow & { kind: "rate" }): boolean {
  if (!row.country) return false;
  return !/^[A-Z]{2}$/.test(row.country) || row.rate.currency.startsWith(row.country);
}
