/**
 * The indicators to choose from: the catalogue's live entries (SDG 1.3.1 series, SPF Flagship results) and, for a
 * country the reader writes the results of, its own national indicators. `withdrawn` lists withdrawn ones instead,
 * to those who may restore them (FORBIDDEN for others). In catalogue order.
 */
import { and, asc, eq, getTableColumns, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { forbidden, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";

const { createdById: _by, deletedById: _deletedBy, ...choiceColumns } = getTableColumns(indicators);

export type IndicatorChoice = Omit<typeof indicators.$inferSelect, "createdById" | "deletedById"> & { canChange: boolean };

export async function listIndicators(db: Queryable, actor: Actor, options: { countryCode?: unknown; withdrawn?: boolean } = {}): Promise<IndicatorChoice[]> {
  assertCan(actor, "country.read");
  let countryCode: string | null = null;
  if (options.countryCode !== undefined && options.countryCode !== "") {
    const parsed = countryCodeSchema.safeParse(options.countryCode);
    if (!parsed.success) throw notFound();
    // A country's own indicators are listed to those who write its results; others meet them through what it follows.
    if (can(actor, "results.write", { countryCode: parsed.data })) countryCode = parsed.data;
  }
  const keepsCatalogue = can(actor, "indicator.catalogue");
  if (options.withdrawn && !keepsCatalogue && countryCode === null) throw forbidden();
  const catalogue = options.withdrawn && !keepsCatalogue ? undefined : isNull(indicators.countryCode);
  const national = countryCode ? eq(indicators.countryCode, countryCode) : undefined;
  const rows = await db
    .select(choiceColumns)
    .from(indicators)
    .where(and(options.withdrawn ? isNotNull(indicators.deletedAt) : isNull(indicators.deletedAt), or(catalogue, national) ?? sql`false`))
    .orderBy(sql`case ${indicators.family} when 'sdg_1_3_1' then 1 when 'spf_flagship' then 2 else 3 end`, asc(indicators.code));
  return rows.map((row) => ({ ...row, canChange: row.countryCode === null ? keepsCatalogue : can(actor, "results.write", { countryCode: row.countryCode }) }));
}
