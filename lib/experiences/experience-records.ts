/** What the experience use cases share: who may write one, its checks, and the record as a form or a conflict shows it. */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, experiences, experienceTexts, frameworkSteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan, can, scopeOf } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { experienceAuthors, experienceVisibleTo } from "@/lib/sharing/visibility";

export type ExperienceRecord = typeof experiences.$inferSelect;
export type ExperienceText = Omit<typeof experienceTexts.$inferSelect, "searchVector" | "experienceId">;

/** Its authors' side: the country's working group for the group's, an adviser of its agency for an adviser's, or a coordinator. */
export function mayWriteExperience(actor: Actor, experience: { countryCode: string; agencyId: string | null }): boolean {
  return can(actor, "experience.write", experienceAuthors(experience));
}

/**
 * How the actor may write an experience of a country: as its working group (or a coordinator), or for the
 * agencies of theirs the permission table lets them write for (none when they write as the group).
 */
export function experienceWriteScope(actor: Actor, countryCode: string): { asGroup: boolean; agencyIds: string[] } {
  const scope = scopeOf(actor, "experience.write");
  if (scope === "any" || scope.countryCodes.includes(countryCode)) return { asGroup: true, agencyIds: [] };
  return { asGroup: false, agencyIds: scope.agencyIds };
}

export async function checkCountryAndStep(db: Queryable, countryCode: string, stepKey: string): Promise<void> {
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw invalid({ countryCode: "experiences.unknownCountry" });
  const [step] = await db.select({ key: frameworkSteps.key }).from(frameworkSteps).where(eq(frameworkSteps.key, stepKey)).limit(1);
  if (!step) throw invalid({ stepKey: "experiences.unknownStep" });
}

/**
 * A live experience the actor may do `action` on (write, publish, withdraw it, or feature it), locked for the
 * change. One they may not read is NOT_FOUND, so that a draft or a write-up kept to its country is not confirmed
 * by its id; one they read but may not change is FORBIDDEN.
 */
export async function experienceForChange(
  db: Queryable,
  actor: Actor,
  id: string,
  action: "experience.write" | "experience.feature" = "experience.write",
): Promise<ExperienceRecord> {
  if (!isRecordId(id)) throw notFound();
  const [experience] = await db
    .select()
    .from(experiences)
    .where(and(eq(experiences.id, id), isNull(experiences.deletedAt), experienceVisibleTo(actor)))
    .for("update");
  if (!experience) throw notFound();
  assertCan(actor, action, action === "experience.write" ? experienceAuthors(experience) : { countryCode: experience.countryCode, agencyId: experience.agencyId });
  return experience;
}

export async function textsOf(db: Queryable, experienceId: string): Promise<ExperienceText[]> {
  return db
    .select({
      language: experienceTexts.language,
      title: experienceTexts.title,
      context: experienceTexts.context,
      whatWasDone: experienceTexts.whatWasDone,
      whatWorked: experienceTexts.whatWorked,
      whatToChange: experienceTexts.whatToChange,
      updatedAt: experienceTexts.updatedAt,
    })
    .from(experienceTexts)
    .where(eq(experienceTexts.experienceId, experienceId))
    .orderBy(asc(experienceTexts.language));
}

/** The text fields of one language, as the audit log and a conflict notice show them. */
export function textSnapshot(text: Pick<ExperienceText, "title" | "context" | "whatWasDone" | "whatWorked" | "whatToChange"> | undefined) {
  return {
    title: text?.title ?? null,
    context: text?.context ?? null,
    whatWasDone: text?.whatWasDone ?? null,
    whatWorked: text?.whatWorked ?? null,
    whatToChange: text?.whatToChange ?? null,
  };
}
