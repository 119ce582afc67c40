/** Reads a framework version's steps with their sub-activities, and the latest published version. */
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { frameworkSteps, frameworkSubActivities, frameworkVersions, type LocalizedText } from "@/db/schema";

export type FrameworkSubActivityView = { id: string; key: string; position: number; title: LocalizedText };
export type FrameworkStepView = {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  requiresEvidence: boolean;
  subActivities: FrameworkSubActivityView[];
};

export async function latestFrameworkVersion(db: Queryable, options: { lock?: boolean } = {}) {
  const query = db.select().from(frameworkVersions).orderBy(desc(frameworkVersions.number)).limit(1);
  const [latest] = options.lock ? await query.for("update") : await query;
  if (!latest) throw new Error("No framework version: the database was not seeded");
  return latest;
}

export async function frameworkStepsOf(db: Queryable, versionId: string): Promise<FrameworkStepView[]> {
  const steps = await db
    .select({
      id: frameworkSteps.id,
      key: frameworkSteps.key,
      position: frameworkSteps.position,
      title: frameworkSteps.title,
      description: frameworkSteps.description,
      requiresEvidence: frameworkSteps.requiresEvidence,
    })
    .from(frameworkSteps)
    .where(eq(frameworkSteps.versionId, versionId))
    .orderBy(asc(frameworkSteps.position));
  const subActivities = steps.length
    ? await db
        .select()
        .from(frameworkSubActivities)
        .where(inArray(frameworkSubActivities.stepId, steps.map((step) => step.id)))
        .orderBy(asc(frameworkSubActivities.position))
    : [];
  return steps.map((step) => ({
    ...step,
    subActivities: subActivities
      .filter((subActivity) => subActivity.stepId === step.id)
      .map(({ id, key, position, title }) => ({ id, key, position, title })),
  }));
}
