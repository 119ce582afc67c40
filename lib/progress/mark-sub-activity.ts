/** Ticks or unticks one sub-activity of a country's step (step 4's five parts of the assessment, for example). */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countrySubActivities, frameworkSubActivities } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { markSubActivitySchema } from "@/lib/validation/progress";
import { isRecordId, stepForChange } from "./records";

/** Setting a value rather than toggling it: two people ticking the same box agree instead of undoing each other. */
export async function markSubActivity(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; countryStepId: string }> {
  const values = parseInput(markSubActivitySchema, input);
  return db.transaction(async (tx) => {
    const step = await stepForChange(tx, actor, values.countryStepId, "step.update");
    const [subActivity] =
      isRecordId(values.subActivityId) && step.frameworkStepId
        ? await tx
            .select({ id: frameworkSubActivities.id, key: frameworkSubActivities.key })
            .from(frameworkSubActivities)
            .where(and(eq(frameworkSubActivities.id, values.subActivityId), eq(frameworkSubActivities.stepId, step.frameworkStepId)))
        : [];
    if (!subActivity) throw invalid({ subActivityId: "progress.unknownSubActivity" }, "progress.unknownSubActivity");

    const [current] = await tx
      .select({ done: countrySubActivities.done })
      .from(countrySubActivities)
      .where(and(eq(countrySubActivities.countryStepId, step.id), eq(countrySubActivities.subActivityId, subActivity.id)));
    const wasDone = current?.done ?? false;
    const result = { countryCode: step.countryCode, countryStepId: step.id };
    if (wasDone === values.done) return result;

    const row = { countryStepId: step.id, subActivityId: subActivity.id, done: values.done, changedAt: new Date(), changedById: actor.userId };
    await tx
      .insert(countrySubActivities)
      .values(row)
      .onConflictDoUpdate({
        target: [countrySubActivities.countryStepId, countrySubActivities.subActivityId],
        set: { done: row.done, changedAt: row.changedAt, changedById: row.changedById },
      });
    const field = `checklist.${subActivity.key}`;
    await recordAudit(tx, actor, {
      action: "step.checklist",
      entityType: "country_step",
      entityId: step.id,
      countryCode: step.countryCode,
      before: { [field]: wasDone },
      after: { [field]: values.done },
    });
    await returnToReview(tx, actor, { type: "country_step", id: step.id, countryCode: step.countryCode });
    return result;
  });
}
