/** Withdraws a write-up, softly: it leaves every list and search but stays in the database with its history. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { experiences } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { withdrawExperienceSchema } from "@/lib/validation/experiences";
import { parseInput } from "@/lib/validation/parse";
import { experienceForChange } from "./experience-records";

export async function withdrawExperience(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; stepKey: string }> {
  const { experienceId } = parseInput(withdrawExperienceSchema, input);
  return db.transaction(async (tx) => {
    const experience = await experienceForChange(tx, actor, experienceId);
    const now = new Date();
    await tx
      .update(experiences)
      .set({ deletedAt: now, deletedById: actor.userId, version: experience.version + 1, updatedAt: now })
      .where(eq(experiences.id, experience.id));
    await recordAudit(tx, actor, {
      action: "experience.withdraw",
      entityType: "experience",
      entityId: experience.id,
      countryCode: experience.countryCode,
      agencyId: experience.agencyId,
      before: { withdrawn: false },
      after: { withdrawn: true },
    });
    return { id: experience.id, countryCode: experience.countryCode, stepKey: experience.stepKey };
  });
}
