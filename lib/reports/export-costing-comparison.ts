/**
 * The costing across countries as CSV or XLSX: one row per package of each country's latest validated version the
 * reader may read (a version without packages gets one row, its package blank), by country code. The cost is rounded
 * to cents and the share of GDP given as a percentage, as the page shows them; a figure the model could not cost is
 * blank, with the model's problem codes and years beside it. Across countries, so it needs report.export everywhere,
 * as the gaps export does.
 */
import type { Messages } from "next-intl";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listValidatedCostings, type ValidatedCosting, type ValidatedPackageCost } from "@/lib/costing/data/cross-country";
import { Decimal, roundedForDisplay } from "@/lib/costing/decimal";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

type ComparisonColumnKey = keyof Messages["costingComparison"]["column"];

const column = (key: ComparisonColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `costingComparison.column.${key}`, type, width });

export const costingComparisonExportColumns: ExportColumn[] = [
  column("country", "choice", 8),
  column("countryName", "text", 30),
  column("version", "integer"),
  column("validatedOn", "date", 14),
  column("baseYear", "integer"),
  column("horizonYear", "integer"),
  column("package", "text", 30),
  column("percentOfGdp", "amount"),
  column("totalCost", "amount", 20),
  column("currency", "choice", 8),
  column("problems", "text", 40),
];

/** A fraction as a percentage of four decimals: "0.0052200288" → "0.5220". */
export const percentOf = (share: string | null) => (share === null ? null : roundedForDisplay(new Decimal(share).times(100).toFixed(), 4));

function rowsOf(costing: ValidatedCosting, locale: Locale): ExportRow[] {
  const cells = {
    country: costing.countryCode,
    countryName: localized(costing.countryName, locale),
    version: costing.number,
    validatedOn: costing.validatedOn,
    baseYear: costing.baseYear,
    horizonYear: costing.horizonYear,
    currency: costing.currency,
  };
  const packageCells = (costingPackage: ValidatedPackageCost) => ({
    package: costingPackage.name,
    percentOfGdp: percentOf(costingPackage.shareOfGdp),
    totalCost: costingPackage.totalCost === null ? null : roundedForDisplay(costingPackage.totalCost, 2),
    problems: costingPackage.problems.map((problem) => `${problem.code} ${problem.year}`).join("; "),
  });
  return costing.packages.length === 0 ? [cells] : costing.packages.map((costingPackage) => ({ ...cells, ...packageCells(costingPackage) }));
}

export async function exportCostingComparison(db: Queryable, actor: Actor, options: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  assertCan(actor, "report.export", { countryCode: null });
  const rows = (await listValidatedCostings(db, actor)).flatMap((costing) => rowsOf(costing, options.locale));
  // A row per package of each country: one batch.
  async function* batches(): AsyncGenerator<ExportRow[]> {
    yield rows;
  }
  return { rowCount: rows.length, table: { name: "costing comparison", columns: costingComparisonExportColumns, batches: batches() } };
}
