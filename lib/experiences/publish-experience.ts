/**
 * Publishes a draft write-up to the audience its authors choose (the country's working group and coordinators,
 * or everyone signed in), or changes the audience of a published one. A choice based on an older version gets
 * CONFLICT with the write-up as it stands.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { experiences } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { publishExperienceSchema } from "@/lib/validation/experiences";
import { parseInput } from "@/lib/validation/parse";
import { experienceForChange } from "./experience-records";
import { getExperience } from "./list-experiences";

export async function publishExperience(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; published: boolean }> {
  const { experienceId, version, sharingLevel } = parseInput(publishExperienceSchema, input);
  return db.transaction(async (tx) => {
    const experience = await experienceForChange(tx, actor, experienceId);
    if (experience.version !== version) throw conflict((await getExperience(tx, actor, experience.id)).experience);
    const publishing = experience.state === "draft";
    const result = { id: experience.id, countryCode: experience.countryCode, published: publishing };
    if (!publishing && experience.sharingLevel === sharingLevel) return result;
    const now = new Date();
    await tx
      .update(experiences)
      .set({
        state: "published",
        sharingLevel,
        ...(publishing ? { publishedAt: now, publishedById: actor.userId } : {}),
        version: version + 1,
        updatedAt: now,
      })
      .where(eq(experiences.id, experience.id));
    await recordAudit(tx, actor, {
      action: publishing ? "experience.publish" : "experience.share",
      entityType: "experience",
      entityId: experience.id,
      countryCode: experience.countryCode,
      agencyId: experience.agencyId,
      before: publishing ? { state: "draft" } : { sharingLevel: experience.sharingLevel },
      after: publishing ? { state: "published", sharingLevel } : { sharingLevel },
    });
    return result;
  });
}
