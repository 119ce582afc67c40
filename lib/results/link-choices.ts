/**
 * What a followed indicator may be linked to, for its follow and edit forms: the country's key steps, its live
 * schemes and its live recommendations, each named, read through their own reads so their sharing rules hold.
 * Only for those who write the country's results (FORBIDDEN otherwise).
 */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listSchemes } from "@/lib/assessment/list-schemes";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { assertCan } from "@/lib/permissions";
import { stepNameColumns, type StepTitle } from "@/lib/progress/step-title";

export type IndicatorLinkChoices = {
  steps: { id: string; position: number; title: StepTitle }[];
  schemes: { id: string; name: string }[];
  recommendations: { id: string; statement: string }[];
};

export async function listIndicatorLinkChoices(db: Queryable, actor: Actor, countryCode: string): Promise<IndicatorLinkChoices> {
  assertCan(actor, "results.write", { countryCode });
  const [steps, schemes, matrix] = await Promise.all([
    db
      .select(stepNameColumns)
      .from(countrySteps)
      .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
      .where(eq(countrySteps.countryCode, countryCode))
      .orderBy(asc(countrySteps.position)),
    listSchemes(db, actor, countryCode),
    getAssessmentMatrix(db, actor, countryCode),
  ]);
  return {
    steps: steps.map((step) => ({ id: step.id, position: step.position, title: step.title })),
    schemes: schemes.map((scheme) => ({ id: scheme.id, name: scheme.nationalName })),
    recommendations: matrix.blocks.flatMap((block) => block.sections.recommendation.map((item) => ({ id: item.id, statement: item.statement }))),
  };
}
