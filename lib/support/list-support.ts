/** The cross-country support list: filters and sorting from the URL, a page at a time. */
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, countrySteps, frameworkSteps, frameworkVersions, type Locale, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { type SupportListQuery, supportListQuery } from "@/lib/validation/support";
import { entryDate, selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";

export const supportPageSize = 50;

/**
 * The list's filters as SQL, for a query over support entries joined to their agency and (left) to their
 * country step and framework step; the support export applies the same ones.
 */
export function supportFilters(query: Partial<Pick<SupportListQuery, "country" | "agency" | "step" | "kind" | "category" | "status" | "from" | "to">>): SQL | undefined {
  return and(
    query.country ? eq(supportEntries.countryCode, query.country) : undefined,
    query.agency ? eq(agencies.acronym, query.agency) : undefined,
    query.step ? eq(frameworkSteps.key, query.step) : undefined,
    query.kind ? eq(supportEntries.kind, query.kind) : undefined,
    query.category ? eq(supportEntries.technicalCategory, query.category) : undefined,
    query.status ? eq(supportEntries.status, query.status) : undefined,
    query.from ? sql`${entryDate} >= ${query.from}` : undefined,
    query.to ? sql`${entryDate} <= ${query.to}` : undefined,
  );
}

export type SupportList = { query: SupportListQuery; rows: SupportEntrySummary[]; total: number; pageCount: number };

export async function listSupport(db: Queryable, actor: Actor, input: Record<string, unknown>, locale: Locale): Promise<SupportList> {
  assertCan(actor, "support.read");
  const query = supportListQuery.parse(input);
  const where = supportFilters(query);

  const countryName = sql`coalesce(countries.name ->> ${locale}, countries.name ->> 'en')`;
  const sortKeys: Record<SupportListQuery["sort"], SQL> = {
    date: entryDate,
    country: countryName,
    agency: sql`${agencies.acronym}`,
    step: sql`${countrySteps.position}`,
    kind: sql`${supportEntries.kind}`,
    category: sql`${supportEntries.technicalCategory}`,
    status: sql`${supportEntries.status}`,
  };
  const direction = query.dir === "asc" ? asc : desc;
  // Nulls last either way, then a stable order so pages never repeat or skip an entry.
  const orderBy = [
    sql`${sortKeys[query.sort]} is null`,
    direction(sortKeys[query.sort]),
    desc(entryDate),
    asc(supportEntries.id),
  ];

  const [rows, [counted]] = await Promise.all([
    selectEntrySummaries(db, { where, orderBy, limit: supportPageSize, offset: (query.page - 1) * supportPageSize }),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(supportEntries)
      .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
      .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
      .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
      .where(and(sql`${supportEntries.deletedAt} is null`, where)),
  ]);
  const total = counted?.total ?? 0;
  return { query, rows, total, pageCount: Math.max(1, Math.ceil(total / supportPageSize)) };
}

/** What the list's filters offer: countries, agencies and the framework's steps (by key, so across countries). */
export async function listSupportFilterOptions(db: Queryable, actor: Actor, locale: Locale) {
  assertCan(actor, "support.read");
  const [countryRows, agencyRows, stepRows] = await Promise.all([
    db.select({ code: countries.code, name: countries.name }).from(countries),
    db.select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName, iatiRef: agencies.iatiRef, iatiOrgType: agencies.iatiOrgType }).from(agencies).orderBy(asc(agencies.acronym)),
    db
      .selectDistinctOn([frameworkSteps.key], { key: frameworkSteps.key, title: frameworkSteps.title, position: frameworkSteps.position })
      .from(frameworkSteps)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkSteps.versionId))
      .orderBy(frameworkSteps.key, desc(frameworkVersions.number)),
  ]);
  const collator = new Intl.Collator(locale);
  return {
    countries: countryRows
      .map((country) => ({ code: country.code, name: localized(country.name, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    // Whether its activities may go to IATI: without an organisation identifier and type they may not (decision 2140).
    agencies: agencyRows.map((agency) => ({ id: agency.id, acronym: agency.acronym, name: localized(agency.shortName, locale), iatiReady: Boolean(agency.iatiRef && agency.iatiOrgType) })),
    steps: stepRows.sort((a, b) => a.position - b.position).map((step) => ({ key: step.key, title: localized(step.title, locale) })),
  };
}
