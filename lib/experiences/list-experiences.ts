/** Experience write-ups as readers see them: every language they were written in, featured ones first. */
import { and, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, experiences, experienceTexts, type LocalizedText, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import { isRecordId } from "@/lib/progress/records";
import { type ExperienceText, mayWriteExperience } from "./experience-records";

export type ExperienceView = {
  id: string;
  countryCode: string;
  countryName: LocalizedText;
  stepKey: string;
  agencyAcronym: string | null;
  contacts: { name: string; organisation: string; email: string }[];
  featured: boolean;
  authorName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  texts: ExperienceText[];
  mayEdit: boolean;
};

async function selectExperiences(db: Queryable, actor: Actor, where: SQL | undefined): Promise<ExperienceView[]> {
  const rows = await db
    .select({
      id: experiences.id,
      countryCode: experiences.countryCode,
      countryName: countries.name,
      stepKey: experiences.stepKey,
      agencyId: experiences.agencyId,
      agencyAcronym: agencies.acronym,
      contacts: experiences.contacts,
      featuredAt: experiences.featuredAt,
      authorName: users.name,
      version: experiences.version,
      createdAt: experiences.createdAt,
      updatedAt: experiences.updatedAt,
    })
    .from(experiences)
    .innerJoin(countries, eq(countries.code, experiences.countryCode))
    .innerJoin(users, eq(users.id, experiences.createdById))
    .leftJoin(agencies, eq(agencies.id, experiences.agencyId))
    .where(and(isNull(experiences.deletedAt), where))
    .orderBy(sql`${experiences.featuredAt} is null`, desc(experiences.featuredAt), desc(experiences.updatedAt));
  if (rows.length === 0) return [];
  const texts = await db
    .select()
    .from(experienceTexts)
    .where(inArray(experienceTexts.experienceId, rows.map((row) => row.id)));
  return rows.map(({ featuredAt, agencyId, ...row }) => ({
    ...row,
    featured: featuredAt !== null,
    texts: texts
      .filter((text) => text.experienceId === row.id)
      .map(({ experienceId: _, searchVector: __, ...text }) => text)
      .sort((a, b) => a.language.localeCompare(b.language)),
    mayEdit: mayWriteExperience(actor, { countryCode: row.countryCode, agencyId }),
  }));
}

/** The write-ups of a framework step, from every country but `exceptCountry` (the page's own). */
export async function listStepExperiences(db: Queryable, actor: Actor, stepKey: string, exceptCountry?: string): Promise<ExperienceView[]> {
  assertCan(actor, "country.read");
  return selectExperiences(db, actor, and(eq(experiences.stepKey, stepKey), exceptCountry ? ne(experiences.countryCode, exceptCountry) : undefined));
}

/** A country's own write-ups of a step. */
export async function listCountryStepExperiences(db: Queryable, actor: Actor, countryCode: string, stepKey: string): Promise<ExperienceView[]> {
  assertCan(actor, "country.read", { countryCode });
  return selectExperiences(db, actor, and(eq(experiences.stepKey, stepKey), eq(experiences.countryCode, countryCode)));
}

/** One write-up, for its page, with the step's title. */
export async function getExperience(db: Queryable, actor: Actor, id: unknown) {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [experience] = await selectExperiences(db, actor, eq(experiences.id, id));
  if (!experience) throw notFound();
  const step = (await listFrameworkSteps(db)).find((candidate) => candidate.key === experience.stepKey);
  return { experience, stepTitle: step?.title ?? { en: experience.stepKey } };
}
