/** A coordinator features an experience write-up (it is listed first, marked featured) or stops featuring it. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { experiences } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { featureExperienceSchema } from "@/lib/validation/experiences";
import { parseInput } from "@/lib/validation/parse";
import { experienceForChange } from "./experience-records";

export async function featureExperience(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { experienceId, featured } = parseInput(featureExperienceSchema, input);
  return db.transaction(async (tx) => {
    const experience = await experienceForChange(tx, actor, experienceId, "experience.feature");
    const result = { id: experience.id, countryCode: experience.countryCode };
    // Featuring puts it first for every reader: a draft has none yet.
    if (featured && experience.state === "draft") throw invalid({ featured: "experiences.featureDraft" }, "experiences.featureDraft");
    // Setting a value rather than toggling: two coordinators featuring it at once agree.
    if ((experience.featuredAt !== null) === featured) return result;
    await tx
      .update(experiences)
      .set({ featuredAt: featured ? new Date() : null, featuredById: featured ? actor.userId : null })
      .where(eq(experiences.id, experience.id));
    await recordAudit(tx, actor, {
      action: featured ? "experience.feature" : "experience.unfeature",
      entityType: "experience",
      entityId: experience.id,
      countryCode: experience.countryCode,
      before: { featured: !featured },
      after: { featured },
    });
    return result;
  });
}
