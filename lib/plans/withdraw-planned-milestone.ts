/** Withdraws a planned milestone, with a reason: it leaves the plan and stays with its history, to be restored. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawPlanRecordSchema } from "@/lib/validation/plans";
import type { PlannedMilestoneWritten } from "./add-planned-milestone";
import { plannedMilestoneConflictView, plannedMilestoneEntity, plannedMilestoneForChange } from "./plan-records";

export async function withdrawPlannedMilestone(db: Database, actor: Actor, input: unknown): Promise<PlannedMilestoneWritten> {
  const { id, version, reason } = parseInput(withdrawPlanRecordSchema, input);
  return db.transaction(async (tx) => {
    const row = await plannedMilestoneForChange(tx, actor, id);
    if (row.version !== version) throw conflict(await plannedMilestoneConflictView(tx, row));
    const at = new Date();
    await tx
      .update(plannedMilestones)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(plannedMilestones.id, id));
    await recordAudit(tx, actor, {
      action: "plannedMilestone.withdraw",
      entityType: plannedMilestoneEntity,
      entityId: id,
      countryCode: row.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: row.countryCode, countryStepId: row.countryStepId, version: version + 1 };
  });
}
