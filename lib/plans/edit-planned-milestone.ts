/**
 * Edits a planned milestone: its title, description, expected date or who reads it. A save based on an older
 * version is refused with the planned milestone as it now stands (CONFLICT), never written over it.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editPlannedMilestoneSchema } from "@/lib/validation/plans";
import type { PlannedMilestoneWritten } from "./add-planned-milestone";
import { plannedMilestoneConflictView, plannedMilestoneEntity, plannedMilestoneForChange, plannedMilestoneSnapshot } from "./plan-records";

export async function editPlannedMilestone(db: Database, actor: Actor, input: unknown): Promise<PlannedMilestoneWritten> {
  const { id, version, ...fields } = parseInput(editPlannedMilestoneSchema, input);
  return db.transaction(async (tx) => {
    const row = await plannedMilestoneForChange(tx, actor, id);
    if (row.version !== version) throw conflict(await plannedMilestoneConflictView(tx, row));
    const after = { ...fields, sharingLevel: fields.sharingLevel ?? row.sharingLevel };
    const changes = changedFields(plannedMilestoneSnapshot(row), after);
    const result = { id, countryCode: row.countryCode, countryStepId: row.countryStepId };
    if (Object.keys(changes.after).length === 0) return { ...result, version };
    await tx
      .update(plannedMilestones)
      .set({ ...after, version: version + 1, updatedAt: new Date() })
      .where(eq(plannedMilestones.id, id));
    await recordAudit(tx, actor, { action: "plannedMilestone.edit", entityType: plannedMilestoneEntity, entityId: id, countryCode: row.countryCode, ...changes });
    return { ...result, version: version + 1 };
  });
}
