/** One milestone of a country, with its evidence and the step it belongs to, for its own page. */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { listMilestones } from "./milestone-list";
import { isRecordId } from "./records";
import { stepTitle } from "./step-title";

export async function getMilestone(db: Queryable, actor: Actor, input: { countryCode: unknown; milestoneId: unknown }) {
  const code = countryCodeSchema.safeParse(input.countryCode);
  const milestoneId = typeof input.milestoneId === "string" ? input.milestoneId : "";
  if (!code.success || !isRecordId(milestoneId)) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });

  const [milestone] = await listMilestones(db, actor, and(eq(milestones.id, milestoneId), eq(milestones.countryCode, code.data)));
  if (!milestone) throw notFound();
  const [context] = await db
    .select({
      countryName: countries.name,
      stepTitle,
    })
    .from(countrySteps)
    .innerJoin(countries, eq(countries.code, countrySteps.countryCode))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.id, milestone.countryStepId));
  return {
    milestone,
    countryName: context!.countryName,
    stepTitle: context!.stepTitle,
  };
}
