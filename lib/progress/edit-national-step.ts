/** Renames or redescribes a national step; framework steps are worded by coordinators, for every country at once. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countrySteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { editNationalStepSchema } from "@/lib/validation/progress";
import { lastChangeOf, stepForChange } from "./records";

export type NationalStepConflictView = { kind: "nationalStep"; title: string; description: string; version: number; changedBy: string | null; changedAt: string | null };

export async function editNationalStep(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; countryStepId: string }> {
  const values = parseInput(editNationalStepSchema, input);
  return db.transaction(async (tx) => {
    const step = await stepForChange(tx, actor, values.countryStepId, "step.tailor");
    if (step.frameworkStepId) throw invalid({}, "progress.frameworkStepWording");
    if (step.version !== values.version) {
      const current: NationalStepConflictView = {
        kind: "nationalStep",
        title: step.nationalTitle ?? "",
        description: step.nationalDescription ?? "",
        version: step.version,
        ...(await lastChangeOf(tx, "country_step", step.id)),
      };
      throw conflict(current);
    }
    const before = { title: step.nationalTitle ?? "", description: step.nationalDescription ?? "" };
    const after = { title: values.title, description: values.description };
    const changes = changedFields(before, after);
    const result = { countryCode: step.countryCode, countryStepId: step.id };
    if (Object.keys(changes.after).length === 0) return result;
    await tx
      .update(countrySteps)
      .set({ nationalTitle: values.title, nationalDescription: values.description, version: step.version + 1, updatedAt: new Date() })
      .where(eq(countrySteps.id, step.id));
    await recordAudit(tx, actor, { action: "step.editNational", entityType: "country_step", entityId: step.id, countryCode: step.countryCode, ...changes });
    await returnToReview(tx, actor, { type: "country_step", id: step.id, countryCode: step.countryCode });
    return result;
  });
}
