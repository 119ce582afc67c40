/**
 * One catalogue series across countries as CSV or XLSX: each country's latest accepted total value the reader may
 * read, as the results page shows it, by country code. Across countries, so it needs report.export everywhere, as
 * the costing comparison does. The value is the exact figure, the unit its own column.
 */
import type { Messages } from "next-intl";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { getIndicatorAcrossCountries } from "@/lib/results/indicator-across-countries";
import { defaultAcrossSeries } from "@/lib/validation/results-across";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

type AcrossColumnKey = keyof Messages["resultsAcross"]["column"];

const column = (key: AcrossColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `resultsAcross.column.${key}`, type, width });

export const resultsAcrossExportColumns: ExportColumn[] = [
  column("country", "choice", 8),
  column("countryName", "text", 30),
  column("indicator", "choice", 18),
  column("indicatorName", "text", 40),
  column("unit", "choice", 16),
  column("period", "text", 10),
  column("periodStart", "date", 12),
  column("periodEnd", "date", 12),
  column("value", "amount", 14),
  column("obsStatus", "text", 8),
  column("source", "text", 30),
  column("origin", "choice", 10),
];

/** `series` names the catalogue entry (SI_COV_BENFTS unless given); NOT_FOUND for one not in the catalogue. */
export async function exportResultsAcross(db: Queryable, actor: Actor, input: Record<string, unknown>, options: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  assertCan(actor, "report.export", { countryCode: null });
  const { indicator, countries } = await getIndicatorAcrossCountries(db, actor, input.series ?? defaultAcrossSeries);
  const rows: ExportRow[] = countries.map((row) => ({
    country: row.countryCode,
    countryName: localized(row.countryName, options.locale),
    indicator: indicator.code,
    indicatorName: localized(indicator.name, options.locale),
    unit: indicator.unit,
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    value: row.value,
    obsStatus: row.obsStatus,
    source: row.source,
    origin: row.origin,
  }));
  // A row per country: one batch.
  async function* batches(): AsyncGenerator<ExportRow[]> {
    yield rows;
  }
  return { rowCount: rows.length, table: { name: "results across countries", columns: resultsAcrossExportColumns, batches: batches() } };
}
