/**
 * Saves the country's plan as a named baseline: a copy of every step plan and every live planned milestone, in
 * one transaction, so that the roadmap can compare the plan with it later. Names are unique among live baselines.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { planBaselineMilestones, planBaselines, planBaselineSteps, plannedMilestones, stepPlans } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { saveBaselineSchema } from "@/lib/validation/plans";
import { checkPlanCountry, planBaselineEntity, withUniqueBaselineName } from "./plan-records";

export type BaselineWritten = { id: string; countryCode: string; version: number };

export async function saveBaseline(db: Database, actor: Actor, input: unknown): Promise<BaselineWritten & { steps: number; milestones: number }> {
  const { countryCode, name, note } = parseInput(saveBaselineSchema, input);
  assertCan(actor, "plan.write", { countryCode });
  await checkPlanCountry(db, countryCode);
  return db.transaction(async (tx) => {
    const [baseline] = await withUniqueBaselineName(() =>
      tx.insert(planBaselines).values({ countryCode, name, note, createdById: actor.userId }).returning({ id: planBaselines.id, version: planBaselines.version }),
    );
    const baselineId = sql<string>`${baseline!.id}::uuid`;
    const steps = await tx
      .insert(planBaselineSteps)
      .select(
        tx
          .select({ baselineId: baselineId.as("baseline_id"), countryStepId: stepPlans.countryStepId, plannedStart: stepPlans.plannedStart, plannedEnd: stepPlans.plannedEnd })
          .from(stepPlans)
          .where(eq(stepPlans.countryCode, countryCode)),
      )
      .returning({ countryStepId: planBaselineSteps.countryStepId });
    const milestones = await tx
      .insert(planBaselineMilestones)
      .select(
        tx
          .select({
            baselineId: baselineId.as("baseline_id"),
            plannedMilestoneId: plannedMilestones.id,
            title: plannedMilestones.title,
            expectedOn: plannedMilestones.expectedOn,
            savedAt: sql<Date>`now()`.as("saved_at"),
          })
          .from(plannedMilestones)
          .where(and(eq(plannedMilestones.countryCode, countryCode), isNull(plannedMilestones.deletedAt))),
      )
      .returning({ plannedMilestoneId: planBaselineMilestones.plannedMilestoneId });
    await recordAudit(tx, actor, {
      action: "planBaseline.save",
      entityType: planBaselineEntity,
      entityId: baseline!.id,
      countryCode,
      after: { name, note, steps: steps.length, milestones: milestones.length },
    });
    return { id: baseline!.id, countryCode, version: baseline!.version, steps: steps.length, milestones: milestones.length };
  });
}
