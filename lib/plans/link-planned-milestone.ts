/**
 * A planned milestone becomes actual when a milestone is logged for it: `logMilestone` calls this in its own
 * transaction, so the milestone and the link are written together or not at all. The planned milestone must be
 * live, of the same country and step, and not logged yet (one whose milestone was deleted may be logged again).
 */
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { milestones, plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { plannedMilestoneEntity } from "./plan-records";

export async function linkPlannedMilestone(
  tx: Transaction,
  actor: Actor,
  link: { plannedMilestoneId: string; milestoneId: string; countryCode: string; countryStepId: string },
): Promise<void> {
  const unknown = () => invalid({ plannedMilestoneId: "plans.unknownPlannedMilestone" }, "plans.unknownPlannedMilestone");
  if (!isRecordId(link.plannedMilestoneId)) throw unknown();
  const [row] = await tx
    .select({ planned: plannedMilestones, loggedDeletedAt: milestones.deletedAt })
    .from(plannedMilestones)
    .leftJoin(milestones, eq(milestones.id, plannedMilestones.milestoneId))
    .where(eq(plannedMilestones.id, link.plannedMilestoneId))
    .for("update", { of: plannedMilestones });
  if (!row || row.planned.deletedAt !== null || row.planned.countryCode !== link.countryCode || row.planned.countryStepId !== link.countryStepId) {
    throw unknown();
  }
  assertCan(actor, "plan.write", { countryCode: row.planned.countryCode });
  if (row.planned.milestoneId !== null && row.loggedDeletedAt === null) {
    throw invalid({ plannedMilestoneId: "plans.alreadyLogged" }, "plans.alreadyLogged");
  }
  await tx
    .update(plannedMilestones)
    .set({ milestoneId: link.milestoneId, version: row.planned.version + 1, updatedAt: new Date() })
    .where(eq(plannedMilestones.id, row.planned.id));
  await recordAudit(tx, actor, {
    action: "plannedMilestone.log",
    entityType: plannedMilestoneEntity,
    entityId: row.planned.id,
    countryCode: row.planned.countryCode,
    // `milestoneId` says which (the history leaves it out as structure); `logged` is what the history shows.
    before: { logged: false, milestoneId: row.planned.milestoneId },
    after: { logged: true, milestoneId: link.milestoneId },
  });
}
