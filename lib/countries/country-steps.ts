/** Gives a country one step row per step of its framework version; used when a country is created. */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps } from "@/db/schema";

export async function createCountrySteps(db: Queryable, countryCode: string, frameworkVersionId: string): Promise<void> {
  const steps = await db
    .select({ id: frameworkSteps.id, position: frameworkSteps.position })
    .from(frameworkSteps)
    .where(eq(frameworkSteps.versionId, frameworkVersionId))
    .orderBy(asc(frameworkSteps.position));
  if (steps.length === 0) return;
  await db
    .insert(countrySteps)
    .values(steps.map((step) => ({ countryCode, frameworkStepId: step.id, position: step.position * 10 })))
    .onConflictDoNothing();
}
