/** A working group plans a milestone ahead on one of its country's steps: what is expected, and when. */
import type { Database } from "@/db/engine";
import { plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { findStepForInput } from "@/lib/progress/records";
import { parseInput } from "@/lib/validation/parse";
import { addPlannedMilestoneSchema } from "@/lib/validation/plans";
import { plannedMilestoneEntity, plannedMilestoneSnapshot } from "./plan-records";

export type PlannedMilestoneWritten = { id: string; countryCode: string; countryStepId: string; version: number };

export async function addPlannedMilestone(db: Database, actor: Actor, input: unknown): Promise<PlannedMilestoneWritten> {
  const { countryCode, countryStepId, ...fields } = parseInput(addPlannedMilestoneSchema, input);
  // The step must be the country's: one of another country is the form being wrong (INVALID), as for a milestone.
  assertCan(actor, "plan.write", { countryCode });
  const step = await findStepForInput(db, countryStepId, countryCode);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(plannedMilestones)
      .values({ ...fields, countryCode: step.countryCode, countryStepId: step.id, createdById: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: "plannedMilestone.add",
      entityType: plannedMilestoneEntity,
      entityId: row!.id,
      countryCode: step.countryCode,
      after: { countryStepId: step.id, ...plannedMilestoneSnapshot(row!) },
    });
    return { id: row!.id, countryCode: step.countryCode, countryStepId: step.id, version: row!.version };
  });
}
