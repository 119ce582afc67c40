/** Brings a withdrawn planned milestone back into the plan; restoring one already back changes nothing. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restorePlanRecordSchema } from "@/lib/validation/plans";
import type { PlannedMilestoneWritten } from "./add-planned-milestone";
import { plannedMilestoneConflictView, plannedMilestoneEntity, plannedMilestoneForChange } from "./plan-records";

export async function restorePlannedMilestone(db: Database, actor: Actor, input: unknown): Promise<PlannedMilestoneWritten> {
  const { id, version } = parseInput(restorePlanRecordSchema, input);
  return db.transaction(async (tx) => {
    const row = await plannedMilestoneForChange(tx, actor, id, { state: "any" });
    if (row.version !== version) throw conflict(await plannedMilestoneConflictView(tx, row));
    const result = { id, countryCode: row.countryCode, countryStepId: row.countryStepId };
    if (row.deletedAt === null) return { ...result, version };
    await tx
      .update(plannedMilestones)
      .set({ deletedAt: null, deletedById: null, withdrawalReason: null, version: version + 1, updatedAt: new Date() })
      .where(eq(plannedMilestones.id, id));
    await recordAudit(tx, actor, {
      action: "plannedMilestone.restore",
      entityType: plannedMilestoneEntity,
      entityId: id,
      countryCode: row.countryCode,
      before: { withdrawn: true, reason: row.withdrawalReason },
      after: { withdrawn: false },
    });
    return { ...result, version: version + 1 };
  });
}
