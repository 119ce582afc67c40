/**
 * One search over what the reader may see: library resources, experience write-ups, milestones, schemes and the
 * assessment matrix's items (by the sharing rule, lib/sharing/visibility.ts) and support entries; ranked, grouped by kind, with highlighted
 * excerpts; filtered by step, country and language. Each group is one ranked query on a GIN-indexed tsvector.
 */
import { and, arrayContains, desc, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import {
  agencies,
  assessmentItems,
  countrySteps,
  experiences,
  experienceTexts,
  frameworkSteps,
  type Locale,
  milestones,
  resources,
  schemes,
  supportEntries,
} from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan, can } from "@/lib/permissions";
import { assessmentVisibleTo, experienceVisibleTo, milestoneVisibleTo, schemeVisibleTo } from "@/lib/sharing/visibility";
import { type SearchKind, searchKinds, type SearchQuery, searchQuerySchema } from "@/lib/validation/search";
import { configurationOf, excerpt, textQuery } from "./text-query";

export type SearchHit = {
  id: string;
  /** The title with the matched words marked (text-query.ts). */
  title: string;
  excerpt: string;
  countryCode: string | null;
  stepKey: string | null;
  /** The language of the text when known (experience write-ups). */
  language: Locale | null;
  /** Where the hit lives: a milestone's country step, a support entry's agency… */
  countryStepId: string | null;
  agencyAcronym: string | null;
  date: string | null;
};

export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[]; applies: boolean };

/** Results per group on the page for all kinds, and when one kind is chosen. */
export const hitsPerGroup = 10;
export const hitsForOneKind = 50;

/** Every match is counted before the limit: the count of the group, in the same query. */
const matchCount = sql<number>`(count(*) over ())::int`;

function filtersApply(kind: SearchKind, query: SearchQuery): boolean {
  // A resource belongs to no country; milestones and support entries have no recorded language; a scheme or a matrix item, no step either.
  if (kind === "resources") return query.country === undefined;
  if (kind === "schemes" || kind === "assessment") return query.language === undefined && query.step === undefined;
  if (kind === "milestones" || kind === "support") return query.language === undefined;
  return true;
}

export async function searchEverything(db: Queryable, actor: Actor, input: Record<string, unknown>, locale: Locale) {
  assertCan(actor, "country.read");
  const query = searchQuerySchema.parse(input);
  const kinds: SearchKind[] = query.kind ? [query.kind] : [...searchKinds];
  const limit = query.kind ? hitsForOneKind : hitsPerGroup;
  if (query.q === "") return { query, groups: [] as SearchGroup[] };
  const typed = query.q;
  const match = textQuery(typed);
  const readerConfig = configurationOf[locale];

  const groupOf = async (kind: SearchKind): Promise<SearchGroup> => {
    if (!filtersApply(kind, query) || (kind === "support" && !can(actor, "support.read"))) {
      return { kind, total: 0, hits: [], applies: false };
    }
    switch (kind) {
      case "resources": {
        const where = and(
          isNull(resources.deletedAt),
          sql`${resources.searchVector} @@ ${match}`,
          query.step ? arrayContains(resources.stepKeys, [query.step]) : undefined,
          query.language ? arrayContains(resources.languages, [query.language]) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: resources.id,
            title: excerpt(readerConfig, sql`${resources.title}`, typed, true),
            excerpt: excerpt(readerConfig, sql`${resources.description}`, typed),
            stepKeys: resources.stepKeys,
            year: resources.year,
          })
          .from(resources)
          .where(where)
          .orderBy(desc(sql`ts_rank(${resources.searchVector}, ${match})`), resources.title)
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map((row) => ({
            id: row.id,
            title: row.title,
            excerpt: row.excerpt,
            countryCode: null,
            stepKey: row.stepKeys[0] ?? null,
            language: null,
            countryStepId: null,
            agencyAcronym: null,
            date: row.year === null ? null : String(row.year),
          })),
        };
      }
      case "experiences": {
        const textConfig = sql`(case ${experienceTexts.language} when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'pt' then 'portuguese'::regconfig else 'english'::regconfig end)`;
        const where = and(
          isNull(experiences.deletedAt),
          experienceVisibleTo(actor),
          sql`${experienceTexts.searchVector} @@ ${match}`,
          query.step ? eq(experiences.stepKey, query.step) : undefined,
          query.country ? eq(experiences.countryCode, query.country) : undefined,
          query.language ? eq(experienceTexts.language, query.language) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: experiences.id,
            title: excerpt(textConfig, sql`${experienceTexts.title}`, typed, true),
            excerpt: excerpt(
              textConfig,
              sql`concat_ws(' ', ${experienceTexts.context}, ${experienceTexts.whatWasDone}, ${experienceTexts.whatWorked}, ${experienceTexts.whatToChange})`,
              typed,
            ),
            countryCode: experiences.countryCode,
            stepKey: experiences.stepKey,
            language: experienceTexts.language,
            featured: sql<boolean>`${experiences.featuredAt} is not null`,
          })
          .from(experienceTexts)
          .innerJoin(experiences, eq(experiences.id, experienceTexts.experienceId))
          .where(where)
          .orderBy(desc(sql`ts_rank(${experienceTexts.searchVector}, ${match})`), desc(experiences.updatedAt))
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map(({ featured: _, total: __, ...row }) => ({ ...row, countryStepId: null, agencyAcronym: null, date: null })),
        };
      }
      case "milestones": {
        const where = and(
          isNull(milestones.deletedAt),
          milestoneVisibleTo(actor),
          sql`${milestones.searchVector} @@ ${match}`,
          query.step ? eq(frameworkSteps.key, query.step) : undefined,
          query.country ? eq(milestones.countryCode, query.country) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: milestones.id,
            title: excerpt(readerConfig, sql`${milestones.title}`, typed, true),
            excerpt: excerpt(readerConfig, sql`${milestones.description}`, typed),
            countryCode: milestones.countryCode,
            stepKey: frameworkSteps.key,
            countryStepId: milestones.countryStepId,
            date: milestones.occurredOn,
          })
          .from(milestones)
          .innerJoin(countrySteps, eq(countrySteps.id, milestones.countryStepId))
          .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
          .where(where)
          .orderBy(desc(sql`ts_rank(${milestones.searchVector}, ${match})`), desc(milestones.occurredOn))
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map(({ total: _, ...row }) => ({ ...row, language: null, agencyAcronym: null })),
        };
      }
      case "support": {
        const where = and(
          isNull(supportEntries.deletedAt),
          sql`${supportEntries.searchVector} @@ ${match}`,
          query.step ? eq(frameworkSteps.key, query.step) : undefined,
          query.country ? eq(supportEntries.countryCode, query.country) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: supportEntries.id,
            title: excerpt(readerConfig, sql`${supportEntries.title}`, typed, true),
            excerpt: excerpt(readerConfig, sql`concat_ws(' ', ${supportEntries.description}, ${supportEntries.deliverables})`, typed),
            countryCode: supportEntries.countryCode,
            stepKey: frameworkSteps.key,
            countryStepId: supportEntries.countryStepId,
            agencyAcronym: agencies.acronym,
            date: supportEntries.startDate,
          })
          .from(supportEntries)
          .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
          .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
          .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
          .where(where)
          .orderBy(desc(sql`ts_rank(${supportEntries.searchVector}, ${match})`), supportEntries.title)
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map(({ total: _, ...row }) => ({ ...row, language: null })),
        };
      }
      case "schemes": {
        const where = and(
          isNull(schemes.deletedAt),
          schemeVisibleTo(actor),
          sql`${schemes.searchVector} @@ ${match}`,
          query.country ? eq(schemes.countryCode, query.country) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: schemes.id,
            title: excerpt(readerConfig, sql`${schemes.nationalName}`, typed, true),
            excerpt: excerpt(readerConfig, sql`${schemes.englishName}`, typed, true),
            countryCode: schemes.countryCode,
            date: schemes.startedOn,
          })
          .from(schemes)
          .where(where)
          .orderBy(desc(sql`ts_rank(${schemes.searchVector}, ${match})`), schemes.nationalName)
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map(({ total: _, ...row }) => ({ ...row, stepKey: null, language: null, countryStepId: null, agencyAcronym: null })),
        };
      }
      case "assessment": {
        // Gaps, issues and recommendations by what they say; withdrawn ones are out, as they are out of the matrix.
        const where = and(
          isNull(assessmentItems.deletedAt),
          assessmentVisibleTo(actor, assessmentItems.countryCode),
          sql`${assessmentItems.searchVector} @@ ${match}`,
          query.country ? eq(assessmentItems.countryCode, query.country) : undefined,
        );
        const rows = await db
          .select({
            total: matchCount,
            id: assessmentItems.id,
            title: excerpt(readerConfig, sql`${assessmentItems.statement}`, typed, true),
            excerpt: excerpt(readerConfig, sql`${assessmentItems.details}`, typed),
            countryCode: assessmentItems.countryCode,
            date: assessmentItems.endorsedOn,
          })
          .from(assessmentItems)
          .where(where)
          .orderBy(desc(sql`ts_rank(${assessmentItems.searchVector}, ${match})`), assessmentItems.statement, assessmentItems.id)
          .limit(limit);
        return {
          kind,
          total: rows[0]?.total ?? 0,
          applies: true,
          hits: rows.map(({ total: _, ...row }) => ({ ...row, stepKey: null, language: null, countryStepId: null, agencyAcronym: null })),
        };
      }
    }
  };
  // One group at a time: PGlite runs one query at a time anyway, and a server pool is shared with other requests.
  const groups: SearchGroup[] = [];
  for (const kind of kinds) groups.push(await groupOf(kind));
  return { query, groups };
}
