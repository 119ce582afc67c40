/**
 * The cross-country summary as CSV or XLSX: the table of the reports page, one row per country and currency its money
 * is counted in (a country without money gets one row, its money blank), in the order of the page. Steps and entries
 * repeat on each of a country's rows, so that a row read alone says everything. Amounts are exact, as the summary
 * counts them (decision 2540). Across countries, so it needs what the page needs: report.export and support.read.
 */
import type { Messages } from "next-intl";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { getSummaryReport } from "./get-summary-report";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

type SummaryColumnKey = keyof Messages["reports"]["summaryColumn"];

const column = (key: SummaryColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `reports.summaryColumn.${key}`, type, width });

export const summaryExportColumns: ExportColumn[] = [
  column("country", "choice", 8),
  column("countryName", "text", 30),
  column("region", "choice", 14),
  column("spfiStatus", "choice", 14),
  column("stepsDone", "integer"),
  column("stepsApplicable", "integer"),
  column("stepsInProgress", "integer"),
  column("technicalEntries", "integer"),
  column("financialEntries", "integer"),
  column("currency", "choice", 8),
  column("needed", "amount", 18),
  column("pledged", "amount", 18),
  column("committed", "amount", 18),
  column("disbursed", "amount", 18),
  column("spent", "amount", 18),
  column("gap", "amount", 18),
];

export async function exportSummary(db: Queryable, actor: Actor, options: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  const { countries } = await getSummaryReport(db, actor, options.locale);
  const rows: ExportRow[] = countries.flatMap((country) => {
    const cells = {
      country: country.code,
      countryName: country.name,
      region: country.region,
      spfiStatus: country.spfiStatus,
      stepsDone: country.stepsDone,
      stepsApplicable: country.stepsApplicable,
      stepsInProgress: country.inProgress,
      technicalEntries: country.technicalEntries,
      financialEntries: country.financialEntries,
    };
    return country.totals.length === 0 ? [cells] : country.totals.map((money) => ({ ...cells, ...money }));
  });
  // One row or a few per country: one batch.
  async function* batches(): AsyncGenerator<ExportRow[]> {
    yield rows;
  }
  return { rowCount: rows.length, table: { name: "summary", title: "reports.summaryTitle", columns: summaryExportColumns, batches: batches() } };
}
