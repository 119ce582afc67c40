/** The framework page: the latest version's steps (the editor's starting point), every version and the countries on each. */
import { count, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, frameworkVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { countryImpact } from "./framework-changes";
import { frameworkStepsOf, latestFrameworkVersion } from "./framework-records";

export async function getFramework(db: Queryable, actor: Actor) {
  assertCan(actor, "framework.manage");
  const latest = await latestFrameworkVersion(db);
  const [steps, versions] = await Promise.all([
    frameworkStepsOf(db, latest.id),
    db
      .select({ number: frameworkVersions.number, notes: frameworkVersions.notes, publishedAt: frameworkVersions.publishedAt, countries: count(countries.code) })
      .from(frameworkVersions)
      .leftJoin(countries, eq(countries.frameworkVersionId, frameworkVersions.id))
      .groupBy(frameworkVersions.id)
      .orderBy(desc(frameworkVersions.number)),
  ]);
  // What moving each country still behind would change for it.
  const behind = (await countryImpact(db, steps.map((step) => step.key))).filter((impact) => impact.fromVersion !== latest.number);
  return { latest: { number: latest.number, notes: latest.notes, publishedAt: latest.publishedAt }, steps, versions, behind };
}

