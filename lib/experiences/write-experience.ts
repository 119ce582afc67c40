/**
 * A working group (or an adviser, for their agency) writes up how their country did a key step: the context,
 * what was done, what worked, what they would change, and contacts who agreed to be named. It is saved as a
 * draft, which only its authors' side reads until it is published (publish-experience.ts).
 */
import type { Database } from "@/db/engine";
import { experiences, experienceTexts } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { findAgency } from "@/lib/agencies/agency-record";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { writeExperienceSchema } from "@/lib/validation/experiences";
import { parseInput } from "@/lib/validation/parse";
import { experienceAuthors } from "@/lib/sharing/visibility";
import { checkCountryAndStep, textSnapshot } from "./experience-records";

export async function writeExperience(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryCode: typedCountry, stepKey, agencyId, language, contacts, contactsConsent: _consent, ...text } = parseInput(writeExperienceSchema, input);
  const code = countryCodeSchema.safeParse(typedCountry);
  if (!code.success) throw invalid({ countryCode: "experiences.unknownCountry" });
  const countryCode = code.data;
  // An agency is named only by someone who speaks for it.
  if (agencyId) assertCan(actor, "experience.write", { agencyId });
  assertCan(actor, "experience.write", experienceAuthors({ countryCode, agencyId: agencyId ?? null }));
  return db.transaction(async (tx) => {
    await checkCountryAndStep(tx, countryCode, stepKey);
    if (agencyId && !(await findAgency(tx, agencyId))) {
      throw invalid({ agencyId: "experiences.unknownAgency" });
    }
    const [experience] = await tx
      .insert(experiences)
      // Kept to the country until its authors choose the audience as they publish it.
      .values({ countryCode, stepKey, agencyId: agencyId ?? null, contacts, state: "draft", sharingLevel: "country", createdById: actor.userId })
      .returning({ id: experiences.id });
    const id = experience!.id;
    await tx.insert(experienceTexts).values({ experienceId: id, language, ...text });
    await recordAudit(tx, actor, {
      action: "experience.write",
      entityType: "experience",
      entityId: id,
      countryCode,
      agencyId: agencyId ?? null,
      after: { state: "draft", stepKey, language, ...textSnapshot(text), contacts: contacts.map((contact) => contact.name) },
    });
    return { id, countryCode };
  });
}
