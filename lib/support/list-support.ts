/** The cross-country support list: filters and sorting from the URL, a page at a time. */
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countrySteps, frameworkSteps, type Locale, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { type SupportListQuery, supportListQuery } from "@/lib/validation/support";
import { entryDate, selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";

export const supportPageSize = 50;

export type SupportList = { query: SupportListQuery; rows: SupportEntrySummary[]; total: number; pageCount: number };

export async function listSupport(db: Queryable, actor: Actor, input: Record<string, unknown>, locale: Locale): Promise<SupportList> {
  assertCan(actor, "support.read");
  const query = supportListQuery.parse(input);
  const filters: (SQL | undefined)[] = [
    query.country ? eq(supportEntries.countryCode, query.country) : undefined,
    query.agency ? eq(agencies.acronym, query.agency) : undefined,
    query.step ? eq(frameworkSteps.key, query.step) : undefined,
    query.kind ? eq(supportEntries.kind, query.kind) : undefined,
    query.category ? eq(supportEntries.technicalCategory, query.category) : undefined,
    query.status ? eq(supportEntries.status, query.status) : undefined,
    query.from ? sql`${entryDate} >= ${query.from}` : undefined,
    query.to ? sql`${entryDate} <= ${query.to}` : undefined,
  ];
  const where = and(...filters);

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
