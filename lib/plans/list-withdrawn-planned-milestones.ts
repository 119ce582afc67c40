/**
 * A country's withdrawn planned milestones the reader may read, newest withdrawal first, for the plan page to offer
 * their restoring: title, step, expected day, when and why it was withdrawn, and the version to restore under.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps, plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { type StepTitle, stepTitle } from "@/lib/progress/step-title";
import { plannedMilestoneVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";

export type WithdrawnPlannedMilestoneView = {
  id: string;
  version: number;
  title: string;
  countryStepId: string;
  stepTitle: StepTitle;
  expectedOn: string;
  withdrawnAt: Date;
  reason: string;
};

export async function listWithdrawnPlannedMilestones(db: Queryable, actor: Actor, countryCode: unknown): Promise<WithdrawnPlannedMilestoneView[]> {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const rows = await db
    .select({
      id: plannedMilestones.id,
      version: plannedMilestones.version,
      title: plannedMilestones.title,
      countryStepId: plannedMilestones.countryStepId,
      stepTitle,
      expectedOn: plannedMilestones.expectedOn,
      withdrawnAt: plannedMilestones.deletedAt,
      reason: plannedMilestones.withdrawalReason,
    })
    .from(plannedMilestones)
    .innerJoin(countrySteps, eq(countrySteps.id, plannedMilestones.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(eq(plannedMilestones.countryCode, code.data), isNotNull(plannedMilestones.deletedAt), plannedMilestoneVisibleTo(actor)))
    .orderBy(desc(plannedMilestones.deletedAt), desc(plannedMilestones.id));
  return rows.map((row) => ({ ...row, withdrawnAt: row.withdrawnAt!, reason: row.reason ?? "" }));
}
