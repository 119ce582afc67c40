/** A country's steps as support pages name them: in order, with the framework key and the title. */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps } from "@/db/schema";
import { stepNameColumns, type StepTitle } from "@/lib/progress/step-title";

export type SupportStep = { id: string; position: number; key: string | null; title: StepTitle };

export async function stepsOfCountry(db: Queryable, countryCode: string): Promise<SupportStep[]> {
  return db
    .select(stepNameColumns)
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.countryCode, countryCode))
    .orderBy(asc(countrySteps.position));
}
