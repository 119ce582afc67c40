/**
 * Experience write-ups as readers see them: every language they were written in, featured ones first, and only
 * those the reader may read (lib/sharing/visibility.ts): published to them, or drafts of their own side.
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, experiences, experienceTexts, type LocalizedText, users } from "@/db/schema";
import type { experienceStates, sharingLevels } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { experienceAuthoredBy, experienceVisibleTo } from "@/lib/sharing/visibility";
import { experienceListQuery, experiencePageQuerySchema, experiencesPerPage, type ExperienceListQuery } from "@/lib/validation/experience-queries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { type ExperienceText, mayWriteExperience } from "./experience-records";

export type ExperienceView = {
  id: string;
  countryCode: string;
  countryName: LocalizedText;
  stepKey: string;
  agencyId: string | null;
  agencyAcronym: string | null;
  contacts: { name: string; organisation: string; email: string }[];
  featured: boolean;
  state: (typeof experienceStates)[number];
  sharingLevel: (typeof sharingLevels)[number];
  publishedAt: Date | null;
  authorName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  texts: ExperienceText[];
  mayEdit: boolean;
};

const featuredFirst = [sql`${experiences.featuredAt} is null`, desc(experiences.featuredAt), desc(experiences.updatedAt), asc(experiences.id)];

/** Live write-ups matching `where` that the actor may read, in `order`, with their texts. */
async function selectExperiences(
  db: Queryable,
  actor: Actor,
  where: SQL | undefined,
  { order = featuredFirst, limit, offset }: { order?: SQL[]; limit?: number; offset?: number } = {},
): Promise<ExperienceView[]> {
  const query = db
    .select({
      id: experiences.id,
      countryCode: experiences.countryCode,
      countryName: countries.name,
      stepKey: experiences.stepKey,
      agencyId: experiences.agencyId,
      agencyAcronym: agencies.acronym,
      contacts: experiences.contacts,
      featuredAt: experiences.featuredAt,
      state: experiences.state,
      sharingLevel: experiences.sharingLevel,
      publishedAt: experiences.publishedAt,
      authorName: users.name,
      version: experiences.version,
      createdAt: experiences.createdAt,
      updatedAt: experiences.updatedAt,
    })
    .from(experiences)
    .innerJoin(countries, eq(countries.code, experiences.countryCode))
    .innerJoin(users, eq(users.id, experiences.createdById))
    .leftJoin(agencies, eq(agencies.id, experiences.agencyId))
    .where(and(isNull(experiences.deletedAt), experienceVisibleTo(actor), where))
    .orderBy(...order)
    .$dynamic();
  if (limit !== undefined) query.limit(limit);
  if (offset !== undefined) query.offset(offset);
  const rows = await query;
  if (rows.length === 0) return [];
  const texts = await db
    .select()
    .from(experienceTexts)
    .where(inArray(experienceTexts.experienceId, rows.map((row) => row.id)));
  return rows.map(({ featuredAt, ...row }) => ({
    ...row,
    featured: featuredAt !== null,
    texts: texts
      .filter((text) => text.experienceId === row.id)
      .map(({ experienceId: _, searchVector: __, ...text }) => text)
      .sort((a, b) => a.language.localeCompare(b.language)),
    mayEdit: mayWriteExperience(actor, row),
  }));
}

const published = eq(experiences.state, "published");

/** The published write-ups of a framework step, from every country but `exceptCountry` (the page's own). */
export async function listStepExperiences(db: Queryable, actor: Actor, stepKey: string, exceptCountry?: string): Promise<ExperienceView[]> {
  assertCan(actor, "country.read");
  return selectExperiences(db, actor, and(published, eq(experiences.stepKey, stepKey), exceptCountry ? ne(experiences.countryCode, exceptCountry) : undefined));
}

/** A country's own write-ups of a step, its side's drafts included. */
export async function listCountryStepExperiences(db: Queryable, actor: Actor, countryCode: string, stepKey: string): Promise<ExperienceView[]> {
  assertCan(actor, "country.read", { countryCode });
  return selectExperiences(db, actor, and(eq(experiences.stepKey, stepKey), eq(experiences.countryCode, countryCode)));
}

/** One write-up, for its page, with the step's title; one the actor may not read is not found. */
export async function getExperience(db: Queryable, actor: Actor, id: unknown) {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [experience] = await selectExperiences(db, actor, eq(experiences.id, id));
  if (!experience) throw notFound();
  const step = (await listFrameworkSteps(db)).find((candidate) => candidate.key === experience.stepKey);
  return { experience, stepTitle: step?.title ?? { en: experience.stepKey } };
}

function filtersOf(query: { step?: string; country?: string; language?: string }): SQL | undefined {
  return and(
    query.step ? eq(experiences.stepKey, query.step) : undefined,
    query.country ? eq(experiences.countryCode, query.country) : undefined,
    // Written in that language: it has a text in it.
    query.language
      ? sql`exists (select 1 from ${experienceTexts} where ${experienceTexts.experienceId} = ${experiences.id} and ${experienceTexts.language} = ${query.language})`
      : undefined,
  );
}

async function countExperiences(db: Queryable, actor: Actor, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(experiences)
    .where(and(isNull(experiences.deletedAt), experienceVisibleTo(actor), where));
  return row?.total ?? 0;
}

/** Drafts shown apart on the list: enough for any working group's work in progress; the count says if there are more. */
export const draftsShown = 50;

export type ExperienceList = {
  query: ExperienceListQuery;
  /** The published write-ups on this page, of `total` that match, featured first then newest. */
  experiences: ExperienceView[];
  total: number;
  page: number;
  pageCount: number;
  /** Drafts of the reader's own side that match the filters, newest first. */
  drafts: ExperienceView[];
  draftTotal: number;
  /** The countries with a write-up the reader may read, for the country filter. */
  countries: { code: string; name: LocalizedText }[];
};

/** The list page: published write-ups the reader may read, filtered by step, country and language, a page at a time; their side's drafts apart. */
export async function listExperiences(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<ExperienceList> {
  assertCan(actor, "country.read");
  const query = experienceListQuery.parse(input);
  const filters = filtersOf(query);
  const ownDrafts = and(eq(experiences.state, "draft"), experienceAuthoredBy(actor) ?? sql`false`, filters);
  const [total, draftTotal] = [await countExperiences(db, actor, and(published, filters)), await countExperiences(db, actor, ownDrafts)];
  const pageCount = Math.max(1, Math.ceil(total / experiencesPerPage));
  const page = Math.min(query.page, pageCount);
  const list = await selectExperiences(db, actor, and(published, filters), { limit: experiencesPerPage, offset: (page - 1) * experiencesPerPage });
  const drafts = draftTotal > 0 ? await selectExperiences(db, actor, ownDrafts, { order: [desc(experiences.updatedAt), asc(experiences.id)], limit: draftsShown }) : [];
  const countriesWritten = await db
    .selectDistinct({ code: countries.code, name: countries.name })
    .from(experiences)
    .innerJoin(countries, eq(countries.code, experiences.countryCode))
    .where(and(isNull(experiences.deletedAt), experienceVisibleTo(actor)))
    .orderBy(asc(countries.code));
  return { query: { ...query, page }, experiences: list, total, page, pageCount, drafts, draftTotal, countries: countriesWritten };
}

const position = z.object({ after: z.uuid() });

/** Write-ups for programs: the same rule and filters (and the state), paged by keyset on the id. */
export async function queryExperiences(db: Queryable, actor: Actor, input: unknown): Promise<Page<ExperienceView>> {
  assertCan(actor, "country.read");
  const { limit, cursor, state, ...filters } = parseInput(experiencePageQuerySchema, input);
  const after = decodeCursor(position, cursor);
  const rows = await selectExperiences(
    db,
    actor,
    and(filtersOf(filters), state ? eq(experiences.state, state) : undefined, after ? gt(experiences.id, after.after) : undefined),
    { order: [asc(experiences.id)], limit: limit + 1 },
  );
  return pageOf(rows, limit, (row) => ({ after: row.id }));
}
