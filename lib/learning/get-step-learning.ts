/**
 * What a step's page offers to learn from: the library's tools for the step, the countries that completed it
 * (with their sign-off date), what other countries shared on it (newest first), and experience write-ups.
 * Only what was shared with all shows here, whoever reads (lib/sharing/visibility.ts).
 */
import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, type LocalizedText, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listCountryStepExperiences, listStepExperiences } from "@/lib/experiences/list-experiences";
import { listStepTools } from "@/lib/library/list-resources";
import { assertCan } from "@/lib/permissions";
import { listMilestones } from "@/lib/progress/milestone-list";

/** Enough to learn from on one page; the search finds the rest. */
export const sharedItemsPerStep = 20;

export async function getStepLearning(db: Queryable, actor: Actor, input: { countryCode: string; stepKey: string }) {
  const { countryCode, stepKey } = input;
  assertCan(actor, "country.read", { countryCode });
  const stepsWithKey = db
    .select({ id: countrySteps.id })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(eq(frameworkSteps.key, stepKey), ne(countrySteps.countryCode, countryCode)));

  const [tools, completed, shared, experiences, ownExperiences, names] = await Promise.all([
    listStepTools(db, actor, stepKey),
    db
      .select({ countryCode: countrySteps.countryCode, countryName: countries.name, signedOffAt: countrySteps.signedOffAt })
      .from(countrySteps)
      .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
      .innerJoin(countries, eq(countries.code, countrySteps.countryCode))
      .where(and(eq(frameworkSteps.key, stepKey), eq(countrySteps.status, "completed"), ne(countrySteps.countryCode, countryCode)))
      .orderBy(desc(countrySteps.signedOffAt)),
    listMilestones(db, actor, and(inArray(milestones.countryStepId, stepsWithKey), isNull(milestones.deletedAt)), {
      sharedOnly: true,
      limit: sharedItemsPerStep,
    }),
    listStepExperiences(db, actor, stepKey, countryCode),
    listCountryStepExperiences(db, actor, countryCode, stepKey),
    db.select({ code: countries.code, name: countries.name }).from(countries),
  ]);
  const countryNames = new Map<string, LocalizedText>(names.map((country) => [country.code, country.name]));
  return {
    tools,
    completed,
    shared: shared.map((milestone) => ({ ...milestone, countryName: countryNames.get(milestone.countryCode)! })),
    experiences,
    ownExperiences,
  };
}
