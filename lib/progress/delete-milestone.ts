/** Deletes a milestone softly: it leaves the workspace but stays in the database, and its author or a coordinator can restore it. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { parseInput } from "@/lib/validation/parse";
import { milestoneRefSchema } from "@/lib/validation/progress";
import { milestoneForChange } from "./records";

export async function deleteMilestone(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryStepId: string }> {
  const { milestoneId } = parseInput(milestoneRefSchema, input);
  return db.transaction(async (tx) => {
    const milestone = await milestoneForChange(tx, actor, milestoneId, "milestone.delete");
    const result = { id: milestone.id, countryCode: milestone.countryCode, countryStepId: milestone.countryStepId };
    if (milestone.deletedAt) return result; // deleting twice changes nothing
    await assertPeriodOpen(tx, milestone.countryCode, milestone.occurredOn);
    const now = new Date();
    await tx
      .update(milestones)
      .set({ deletedAt: now, deletedById: actor.userId, version: milestone.version + 1, updatedAt: now })
      .where(eq(milestones.id, milestone.id));
    await recordAudit(tx, actor, {
      action: "milestone.delete",
      entityType: "milestone",
      entityId: milestone.id,
      countryCode: milestone.countryCode,
      before: { deleted: false },
      after: { deleted: true },
    });
    return result;
  });
}
