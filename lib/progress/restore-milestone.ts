/** Brings a deleted milestone back, with its evidence; only its author or a coordinator may. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { parseInput } from "@/lib/validation/parse";
import { milestoneRefSchema } from "@/lib/validation/progress";
import { milestoneForChange } from "./records";

export async function restoreMilestone(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryStepId: string }> {
  const { milestoneId } = parseInput(milestoneRefSchema, input);
  return db.transaction(async (tx) => {
    const milestone = await milestoneForChange(tx, actor, milestoneId, "milestone.restore");
    const result = { id: milestone.id, countryCode: milestone.countryCode, countryStepId: milestone.countryStepId };
    if (!milestone.deletedAt) return result;
    await assertPeriodOpen(tx, milestone.countryCode, milestone.occurredOn);
    await tx
      .update(milestones)
      .set({ deletedAt: null, deletedById: null, version: milestone.version + 1, updatedAt: new Date() })
      .where(eq(milestones.id, milestone.id));
    await recordAudit(tx, actor, {
      action: "milestone.restore",
      entityType: "milestone",
      entityId: milestone.id,
      countryCode: milestone.countryCode,
      before: { deleted: true },
      after: { deleted: false },
    });
    return result;
  });
}
