/**
 * A country's indicator values as CSV or XLSX (issue 19): every accepted value of the indicators it follows that the
 * reader may read (the results' sharing rule), one row per value, by indicator, period and sex, with the baseline and
 * targets on each row so a spreadsheet can chart them. The export across countries is the results comparison's.
 */
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Messages } from "next-intl";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import { countries, countryIndicators, indicators, indicatorValues, type Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { normalizedFigure } from "@/lib/results/country-indicator-records";
import { countryIndicatorVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { type ExportColumn, type ExportRow, type ExportTable, keysetBatches } from "./tabular";

/** Headed in the reader's language by `indicatorValuesExport.<key>`. */
const column = (key: keyof Messages["indicatorValuesExport"], type: ExportColumn["type"], width?: number): ExportColumn => ({ key, label: `indicatorValuesExport.${key}`, type, width });

export const indicatorValueExportColumns: ExportColumn[] = [
  column("country", "text"),
  column("indicatorCode", "text", 18),
  column("indicatorName", "text", 50),
  column("unit", "choice"),
  column("period", "text"),
  column("periodStart", "date"),
  column("periodEnd", "date"),
  column("sex", "choice"),
  column("value", "amount"),
  column("source", "text", 30),
  column("note", "text", 30),
  column("evidenceUrl", "text", 30),
  column("origin", "choice"),
  column("obsStatus", "text"),
  column("baselineValue", "amount"),
  column("baselineYear", "integer"),
  column("targets", "text", 24),
];

const query = z.object({ country: countryCodeSchema });

type Position = { code: string; periodStart: string; id: string };

export async function exportIndicatorValues(db: Queryable, actor: Actor, input: Record<string, unknown>, { locale }: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  const parsed = query.safeParse(input);
  // One country's values: the URL must name it.
  if (!parsed.success) throw notFound();
  const countryCode = parsed.data.country;
  assertCan(actor, "report.export", { countryCode });
  if ((await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode))).length === 0) throw notFound();
  const where = and(
    eq(countryIndicators.countryCode, countryCode),
    isNull(countryIndicators.deletedAt),
    countryIndicatorVisibleTo(actor),
    eq(indicatorValues.status, "accepted"),
    isNull(indicatorValues.deletedAt),
  );
  const [counted] = await db
    .select({ total: count() })
    .from(indicatorValues)
    .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
    .where(where);
  const page = (after: Position | null, limit: number) =>
    db
      .select({ value: indicatorValues, followed: countryIndicators, indicator: { code: indicators.code, name: indicators.name, unit: indicators.unit } })
      .from(indicatorValues)
      .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
      .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
      .where(
        and(
          where,
          after ? sql`(${indicators.code}, ${indicatorValues.periodStart}, ${indicatorValues.id}) > (${after.code}, ${after.periodStart}, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(indicators.code), asc(indicatorValues.periodStart), asc(indicatorValues.id))
      .limit(limit);
  async function* batches(): AsyncGenerator<ExportRow[]> {
    for await (const rows of keysetBatches(page, (row) => ({ code: row.indicator.code, periodStart: row.value.periodStart, id: row.value.id }))) {
      yield rows.map(({ value, followed, indicator }) => ({
        country: followed.countryCode,
        indicatorCode: indicator.code,
        indicatorName: localized(indicator.name, locale),
        unit: indicator.unit,
        period: value.period,
        periodStart: value.periodStart,
        periodEnd: value.periodEnd,
        sex: value.sex,
        value: normalizedFigure(value.value),
        source: value.source,
        note: value.note,
        evidenceUrl: value.evidenceUrl,
        origin: value.origin,
        obsStatus: value.obsStatus,
        baselineValue: followed.baselineValue === null ? null : normalizedFigure(followed.baselineValue),
        baselineYear: followed.baselineYear,
        targets: followed.targets.map((target) => `${target.year}: ${target.value}`).join("; "),
      }));
    }
  }
  return { rowCount: counted?.total ?? 0, table: { name: "indicator-values", columns: indicatorValueExportColumns, batches: batches() } };
}
