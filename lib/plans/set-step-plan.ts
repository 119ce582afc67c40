/**
 * Sets a country step's planned start and end (either may be cleared). The plan has its own row and version, kept
 * apart from the step's status: a save based on an older version is refused with the dates as they now stand.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { stepPlans } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { findStepForInput } from "@/lib/progress/records";
import { parseInput } from "@/lib/validation/parse";
import { setStepPlanSchema } from "@/lib/validation/plans";
import { stepPlanConflictView, stepPlanEntity } from "./plan-records";

export type SetStepPlanResult = { countryCode: string; countryStepId: string; version: number };

export async function setStepPlan(db: Database, actor: Actor, input: unknown): Promise<SetStepPlanResult> {
  const { countryStepId, countryCode, version, plannedStart, plannedEnd } = parseInput(setStepPlanSchema, input);
  const step = await findStepForInput(db, countryStepId, countryCode);
  assertCan(actor, "plan.write", { countryCode: step.countryCode });
  const dates = { plannedStart, plannedEnd };

  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(stepPlans).where(eq(stepPlans.countryStepId, step.id)).for("update");
    if ((current?.version ?? 0) !== version) throw conflict(await stepPlanConflictView(tx, step.id, current));
    const result = { countryCode: step.countryCode, countryStepId: step.id };
    const changes = changedFields({ plannedStart: current?.plannedStart ?? null, plannedEnd: current?.plannedEnd ?? null }, dates);
    // Saving what is already there writes nothing: no new version, no empty history entry.
    if (Object.keys(changes.after).length === 0) return { ...result, version };
    if (current) {
      await tx
        .update(stepPlans)
        .set({ ...dates, updatedById: actor.userId, version: version + 1, updatedAt: new Date() })
        .where(eq(stepPlans.countryStepId, step.id));
    } else {
      // Two first plans of one step at once: the second finds the row the first made, as a newer version would be.
      const [made] = await tx
        .insert(stepPlans)
        .values({ countryStepId: step.id, countryCode: step.countryCode, ...dates, updatedById: actor.userId })
        .onConflictDoNothing()
        .returning({ version: stepPlans.version });
      if (!made) {
        const [other] = await tx.select().from(stepPlans).where(eq(stepPlans.countryStepId, step.id));
        throw conflict(await stepPlanConflictView(tx, step.id, other));
      }
    }
    await recordAudit(tx, actor, { action: "stepPlan.set", entityType: stepPlanEntity, entityId: step.id, countryCode: step.countryCode, ...changes });
    return { ...result, version: version + 1 };
  });
}
