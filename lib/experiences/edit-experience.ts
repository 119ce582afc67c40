/**
 * Edits one language's text of an experience write-up, adding that language when it is new, and its contacts.
 * A save based on an older version gets CONFLICT with the version saved since.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { experiences, experienceTexts } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { editExperienceSchema } from "@/lib/validation/experiences";
import { parseInput } from "@/lib/validation/parse";
import { experienceForChange, textSnapshot, textsOf } from "./experience-records";
import { getExperience } from "./list-experiences";

export async function editExperience(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { experienceId, version, language, contacts, contactsConsent: _consent, ...text } = parseInput(editExperienceSchema, input);
  return db.transaction(async (tx) => {
    const experience = await experienceForChange(tx, actor, experienceId);
    if (experience.version !== version) throw conflict((await getExperience(tx, actor, experience.id)).experience);
    const before = (await textsOf(tx, experience.id)).find((candidate) => candidate.language === language);
    const now = new Date();
    await tx
      .insert(experienceTexts)
      .values({ experienceId: experience.id, language, ...text, updatedAt: now })
      .onConflictDoUpdate({ target: [experienceTexts.experienceId, experienceTexts.language], set: { ...text, updatedAt: now } });
    await tx.update(experiences).set({ contacts, version: version + 1, updatedAt: now }).where(and(eq(experiences.id, experience.id)));
    await recordAudit(tx, actor, {
      action: before ? "experience.edit" : "experience.translate",
      entityType: "experience",
      entityId: experience.id,
      countryCode: experience.countryCode,
      agencyId: experience.agencyId,
      ...changedFields(
        { language: before ? language : null, ...textSnapshot(before), contacts: experience.contacts.map((contact) => contact.name) },
        { language, ...textSnapshot(text), contacts: contacts.map((contact) => contact.name) },
      ),
    });
    return { id: experience.id, countryCode: experience.countryCode };
  });
}
