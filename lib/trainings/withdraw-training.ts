/** Takes a training out of a country's history and the totals, softly: it stays in the database with its audit trail. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { parseInput } from "@/lib/validation/parse";
import { withdrawTrainingSchema } from "@/lib/validation/trainings";
import { trainingForChange } from "./training-records";

export async function withdrawTraining(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { id } = parseInput(withdrawTrainingSchema, input);
  return db.transaction(async (tx) => {
    const training = await trainingForChange(tx, actor, id);
    const now = new Date();
    await tx.update(trainings).set({ deletedAt: now, deletedById: actor.userId, version: training.version + 1, updatedAt: now }).where(eq(trainings.id, id));
    await recordAudit(tx, actor, {
      action: "training.withdraw",
      entityType: "training",
      entityId: id,
      countryCode: training.countryCode,
      agencyId: training.fundingAgencyId,
      before: { withdrawn: false },
      after: { withdrawn: true },
    });
    return { id, countryCode: training.countryCode };
  });
}
