/**
 * Corrects a milestone's title, date or description, or changes who may see it; a save based on an older
 * version is refused with the newer one.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, notFound } from "@/lib/errors";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { editMilestoneSchema } from "@/lib/validation/progress";
import { milestoneConflictView } from "./milestone-conflict";
import { milestoneForChange } from "./records";

export async function editMilestone(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const values = parseInput(editMilestoneSchema, input);
  return db.transaction(async (tx) => {
    const milestone = await milestoneForChange(tx, actor, values.milestoneId, "milestone.edit");
    if (milestone.deletedAt) throw notFound();
    if (milestone.version !== values.version) throw conflict(await milestoneConflictView(tx, milestone));

    const before = { title: milestone.title, occurredOn: milestone.occurredOn, description: milestone.description, sharingLevel: milestone.sharingLevel };
    const after = {
      title: values.title,
      occurredOn: values.occurredOn,
      description: values.description,
      sharingLevel: values.sharingLevel ?? milestone.sharingLevel,
    };
    const changes = changedFields(before, after);
    if (Object.keys(changes.after).length === 0) return { id: milestone.id, countryCode: milestone.countryCode, version: milestone.version };

    // Neither the date it had nor the one it gets may lie in an accepted report's period (decision 2010).
    await assertPeriodOpen(tx, milestone.countryCode, [milestone.occurredOn, values.occurredOn]);
    const version = milestone.version + 1;
    await tx.update(milestones).set({ ...after, version, updatedAt: new Date() }).where(eq(milestones.id, milestone.id));
    await recordAudit(tx, actor, {
      action: "milestone.edit",
      entityType: "milestone",
      entityId: milestone.id,
      countryCode: milestone.countryCode,
      ...changes,
    });
    await returnToReview(tx, actor, { type: "milestone", id: milestone.id, countryCode: milestone.countryCode });
    return { id: milestone.id, countryCode: milestone.countryCode, version };
  });
}
