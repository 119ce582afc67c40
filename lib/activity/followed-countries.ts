/**
 * The countries a person follows in their activity feed: by default their own countries (working groups), the
 * countries their agency supports (advisers), or every country (reviewers and coordinators); then the
 * countries they chose to follow or leave out.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import { countries, countryFollows, type LocalizedText, supportEntries } from "@/db/schema";
import type { regions } from "@/db/schema/values";
import { type Actor, agenciesOf, countriesOf, hasRole } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";

export async function defaultFollowedCountries(db: Queryable, actor: Actor): Promise<Set<string>> {
  if (hasRole(actor, "reviewer") || hasRole(actor, "coordinator")) {
    return new Set((await db.select({ code: countries.code }).from(countries)).map((row) => row.code));
  }
  const followed = new Set(countriesOf(actor));
  const agencies = agenciesOf(actor);
  if (agencies.length) {
    const supported = await db
      .selectDistinct({ code: supportEntries.countryCode })
      .from(supportEntries)
      .where(and(inArray(supportEntries.agencyId, agencies), isNull(supportEntries.deletedAt)));
    for (const row of supported) followed.add(row.code);
  }
  return followed;
}

export type FollowChoice = { code: string; name: LocalizedText; region: (typeof regions)[number]; following: boolean; byDefault: boolean };

/** Every country, with its name and region, whether the person follows it and whether that is their default. */
export async function listFollowChoices(db: Queryable, actor: Actor): Promise<FollowChoice[]> {
  assertCan(actor, "country.read");
  const [all, byDefault, chosen] = await readEach(db, [
    () => db.select({ code: countries.code, name: countries.name, region: countries.region }).from(countries).orderBy(asc(countries.code)),
    () => defaultFollowedCountries(db, actor),
    () => db.select({ code: countryFollows.countryCode, following: countryFollows.following }).from(countryFollows).where(eq(countryFollows.userId, actor.userId)),
  ]);
  const choice = new Map(chosen.map((row) => [row.code, row.following]));
  return all.map(({ code, name, region }) => ({ code, name, region, byDefault: byDefault.has(code), following: choice.get(code) ?? byDefault.has(code) }));
}

export async function followedCountries(db: Queryable, actor: Actor): Promise<string[]> {
  return (await listFollowChoices(db, actor)).filter((choice) => choice.following).map((choice) => choice.code);
}
