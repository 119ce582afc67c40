/** A coordinator or an adviser adds a resource to the library: a link and/or a checked file, the steps it serves, the agencies behind it. */
import type { Database } from "@/db/engine";
import { resources, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { prepareEvidenceFiles } from "@/lib/files/prepare-evidence-files";
import { addResourceSchema } from "@/lib/validation/library";
import { parseInput } from "@/lib/validation/parse";
import { checkAgencies, checkStepKeys, resourceSnapshot, setResourceAgencies } from "./resource-records";

export async function addResource(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const values = parseInput(addResourceSchema, input);
  assertCan(actor, "resource.write", { agencyIds: values.agencyIds });
  // Checked before the transaction (the same checks as evidence), so a refused file leaves nothing behind.
  const [file] = await prepareEvidenceFiles(values.files);
  return db.transaction(async (tx) => {
    const stepKeys = await checkStepKeys(tx, values.stepKeys);
    const agencyIds = await checkAgencies(tx, values.agencyIds);
    const [stored] = file ? await tx.insert(storedFiles).values({ ...file, uploadedById: actor.userId }).returning({ id: storedFiles.id }) : [];
    const [resource] = await tx
      .insert(resources)
      .values({
        title: values.title,
        description: values.description,
        kind: values.kind,
        languages: [...new Set(values.languages)],
        url: values.url ?? null,
        fileId: stored?.id ?? null,
        stepKeys,
        year: values.year ?? null,
        createdById: actor.userId,
      })
      .returning();
    await setResourceAgencies(tx, resource!.id, agencyIds);
    await recordAudit(tx, actor, {
      action: "resource.add",
      entityType: "resource",
      entityId: resource!.id,
      after: resourceSnapshot(resource!, { agencyIds, fileName: file?.originalName ?? null }),
    });
    return { id: resource!.id };
  });
}
