/**
 * The scheme inventory as CSV or XLSX: the live schemes the reader may read (the sharing rule), of one country or
 * of every country the reader may export, one row per scheme, by country and national name. Headers are named in
 * the reader's language (`exports.column.*`); values keep their codes, so that a re-import can read them back.
 */
import { and, asc, count, eq, isNull, type SQL, sql } from "drizzle-orm";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import { countries, schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { schemeVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { schemeListQuery } from "@/lib/validation/schemes";
import { optionalField } from "@/lib/validation/support";
import { type ExportColumn, type ExportRow, type ExportTable, keysetBatches, labelledColumn } from "./tabular";

const column = labelledColumn;

export const schemeExportColumns: ExportColumn[] = [
  column("schemeId", "text", 38),
  column("country", "text"),
  column("nationalName", "text", 40),
  column("englishName", "text", 40),
  column("guarantees", "choice", 30),
  column("contribution", "choice", 18),
  column("kind", "choice", 20),
  column("legalBasis", "text", 40),
  column("legalBasisUrl", "text", 40),
  column("institution", "text", 30),
  column("targetGroup", "text", 40),
  column("eligibility", "text", 40),
  column("benefitForm", "choice"),
  column("benefitAmount", "amount"),
  column("benefitCurrency", "text"),
  column("benefitFrequency", "choice"),
  column("status", "choice"),
  column("startedOn", "date"),
  column("endedOn", "date"),
  column("legalCoverage", "integer"),
  column("effectiveCoverage", "integer"),
  column("coverageYear", "integer"),
  column("coverageSource", "text", 30),
  column("expenditureAmount", "amount"),
  column("expenditureCurrency", "text"),
  column("expenditureYear", "integer"),
  column("expenditureSource", "text", 30),
  column("financing", "choice", 24),
  column("sharingLevel", "choice"),
];

/** The URL's country (a malformed one is ignored, as on the other exports) and the inventory's own filters. */
const schemeExportQuery = z.object({ country: z.catch(optionalField(countryCodeSchema), undefined) });

type Scheme = typeof schemes.$inferSelect;

function rowOf(scheme: Scheme): ExportRow {
  return {
    schemeId: scheme.id,
    country: scheme.countryCode,
    nationalName: scheme.nationalName,
    englishName: scheme.englishName,
    guarantees: scheme.guarantees.join("; "),
    contribution: scheme.contribution,
    kind: scheme.kind,
    legalBasis: scheme.legalBasis,
    legalBasisUrl: scheme.legalBasisUrl,
    institution: scheme.institution,
    targetGroup: scheme.targetGroup,
    eligibility: scheme.eligibility,
    benefitForm: scheme.benefitForm,
    benefitAmount: scheme.benefitAmount,
    benefitCurrency: scheme.benefitCurrency,
    benefitFrequency: scheme.benefitFrequency,
    status: scheme.status,
    startedOn: scheme.startedOn,
    endedOn: scheme.endedOn,
    legalCoverage: scheme.legalCoverage,
    effectiveCoverage: scheme.effectiveCoverage,
    coverageYear: scheme.coverageYear,
    coverageSource: scheme.coverageSource,
    expenditureAmount: scheme.expenditureAmount,
    expenditureCurrency: scheme.expenditureCurrency,
    expenditureYear: scheme.expenditureYear,
    expenditureSource: scheme.expenditureSource,
    financing: scheme.financing.join("; "),
    sharingLevel: scheme.sharingLevel,
  };
}

/** Checks report.export for the country named (or for every country) and gives the `where` of what the actor may read. */
async function authorizeSchemeExport(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<SQL | undefined> {
  const { country } = schemeExportQuery.parse(input);
  const { guarantee, status } = schemeListQuery.parse(input);
  assertCan(actor, "report.export", { countryCode: country ?? null });
  if (country && (await db.select({ code: countries.code }).from(countries).where(eq(countries.code, country))).length === 0) throw notFound();
  return and(
    isNull(schemes.deletedAt),
    schemeVisibleTo(actor),
    country ? eq(schemes.countryCode, country) : undefined,
    guarantee ? sql`${guarantee} = any(${schemes.guarantees})` : undefined,
    status ? eq(schemes.status, status) : undefined,
  );
}

type Position = { countryCode: string; nationalName: string; id: string };

export async function exportSchemes(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<{ rowCount: number; table: ExportTable }> {
  const where = await authorizeSchemeExport(db, actor, input);
  const [counted] = await db.select({ total: count() }).from(schemes).where(where);
  const page = (after: Position | null, limit: number) =>
    db
      .select()
      .from(schemes)
      .where(and(where, after ? sql`(${schemes.countryCode}, ${schemes.nationalName}, ${schemes.id}) > (${after.countryCode}, ${after.nationalName}, ${after.id})` : undefined))
      .orderBy(asc(schemes.countryCode), asc(schemes.nationalName), asc(schemes.id))
      .limit(limit);
  async function* batches(): AsyncGenerator<ExportRow[]> {
    for await (const rows of keysetBatches(page, (scheme) => ({ countryCode: scheme.countryCode, nationalName: scheme.nationalName, id: scheme.id }))) yield rows.map(rowOf);
  }
  return { rowCount: counted?.total ?? 0, table: { name: "schemes", columns: schemeExportColumns, batches: batches() } };
}
