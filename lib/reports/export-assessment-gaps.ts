/**
 * The gaps view across countries as CSV or XLSX, with the page's filters: one row per guarantee and country with
 * figures, then one row per country with nothing recorded and per country whose matrix is not shared with the
 * reader, their figures left blank (`matrix` says which). Across countries, so it needs report.export everywhere
 * (coordinators and reviewers), as the schemes export of every country does.
 */
import type { Messages } from "next-intl";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type GapsCountry, getAssessmentGaps } from "@/lib/assessment/matrix/gaps";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

type GapsColumnKey = keyof Messages["assessmentGaps"]["column"];

const column = (key: GapsColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `assessmentGaps.column.${key}`, type, width });

export const assessmentGapsExportColumns: ExportColumn[] = [
  column("guarantee", "choice", 16),
  column("country", "choice", 8),
  column("countryName", "text", 30),
  column("region", "choice", 20),
  column("matrix", "choice", 16),
  column("schemesInForce", "integer"),
  column("policyGaps", "integer"),
  column("proposed", "integer"),
  column("endorsed", "integer"),
  column("adopted", "integer"),
  column("dropped", "integer"),
];

/** What the `matrix` column says of a country: figures, nothing recorded, or kept from the reader. */
type MatrixState = "recorded" | "none_recorded" | "not_shared";

export async function exportAssessmentGaps(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  options: { locale: Locale },
): Promise<{ rowCount: number; table: ExportTable }> {
  assertCan(actor, "report.export", { countryCode: null });
  const gaps = await getAssessmentGaps(db, actor, input);
  const countryCells = (country: GapsCountry, matrix: MatrixState) => ({
    country: country.countryCode,
    countryName: localized(country.countryName, options.locale),
    region: country.region,
    matrix,
  });
  const rows: ExportRow[] = [
    ...gaps.blocks.flatMap((block) =>
      block.rows.map((row) => ({
        guarantee: block.guarantee,
        ...countryCells(row, "recorded"),
        schemesInForce: row.schemesInForce,
        policyGaps: row.policyGaps,
        ...row.recommendations,
      })),
    ),
    ...gaps.noneRecorded.map((country) => ({ guarantee: null, ...countryCells(country, "none_recorded") })),
    ...gaps.notShared.map((country) => ({ guarantee: null, ...countryCells(country, "not_shared") })),
  ];
  // At most four rows per country: one batch.
  async function* batches(): AsyncGenerator<ExportRow[]> {
    yield rows;
  }
  return { rowCount: rows.length, table: { name: "assessment gaps", columns: assessmentGapsExportColumns, batches: batches() } };
}
