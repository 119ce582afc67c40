/** Seeds the library's named resources and the training institutions; adds only what is missing, so a withdrawn one stays withdrawn. */
import { inArray } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { agencies, resourceAgencies, resources, trainingInstitutions } from "@/db/schema";
import { seedResources, seedTrainingInstitutions } from "@/db/seed-data/library";

export async function seedLearning(tx: Transaction): Promise<void> {
  await tx.insert(trainingInstitutions).values(seedTrainingInstitutions).onConflictDoNothing();
  const acronyms = [...new Set(seedResources.flatMap((resource) => resource.agencies))];
  const agencyIds = new Map(
    (await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies).where(inArray(agencies.acronym, acronyms))).map((agency) => [
      agency.acronym,
      agency.id,
    ]),
  );
  for (const { agencies: named, ...resource } of seedResources) {
    const [added] = await tx.insert(resources).values(resource).onConflictDoNothing({ target: resources.seedKey }).returning({ id: resources.id });
    if (!added) continue;
    const ids = named.flatMap((acronym) => (agencyIds.has(acronym) ? [agencyIds.get(acronym)!] : []));
    if (ids.length) await tx.insert(resourceAgencies).values(ids.map((agencyId) => ({ resourceId: added.id, agencyId })));
  }
}
