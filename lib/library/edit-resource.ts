/** Edits a library resource; a new file replaces the old one. A save based on an older version gets CONFLICT with the newer one. */
import { eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { resources, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { prepareEvidenceFiles } from "@/lib/files/prepare-evidence-files";
import { editResourceSchema } from "@/lib/validation/library";
import { parseInput } from "@/lib/validation/parse";
import { getResource } from "./get-resource";
import { checkAgencies, checkStepKeys, resourceForChange, resourceSnapshot, setResourceAgencies } from "./resource-records";

async function fileName(db: Queryable, fileId: string | null) {
  if (!fileId) return null;
  const [file] = await db.select({ name: storedFiles.originalName }).from(storedFiles).where(eq(storedFiles.id, fileId));
  return file?.name ?? null;
}

export async function editResource(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, removeFile, files, ...values } = parseInput(editResourceSchema, input);
  // An adviser must stay among the agencies of what they save, or they would lose it as they save it.
  assertCan(actor, "resource.write", { agencyIds: values.agencyIds });
  const [file] = await prepareEvidenceFiles(files);
  return db.transaction(async (tx) => {
    const { resource, agencyIds: before } = await resourceForChange(tx, actor, id);
    if (resource.version !== version) throw conflict(await getResource(tx, actor, resource.id));
    const stepKeys = await checkStepKeys(tx, values.stepKeys);
    const agencyIds = await checkAgencies(tx, values.agencyIds);
    const [stored] = file ? await tx.insert(storedFiles).values({ ...file, uploadedById: actor.userId }).returning({ id: storedFiles.id }) : [];
    const fileId = stored?.id ?? (removeFile ? null : resource.fileId);
    const [updated] = await tx
      .update(resources)
      .set({
        title: values.title,
        description: values.description,
        kind: values.kind,
        languages: [...new Set(values.languages)],
        url: values.url ?? null,
        fileId,
        stepKeys,
        year: values.year ?? null,
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(resources.id, id))
      .returning();
    await setResourceAgencies(tx, id, agencyIds);
    await recordAudit(tx, actor, {
      action: "resource.edit",
      entityType: "resource",
      entityId: id,
      ...changedFields(
        resourceSnapshot(resource, { agencyIds: before, fileName: await fileName(tx, resource.fileId) }),
        resourceSnapshot(updated!, { agencyIds, fileName: file?.originalName ?? (await fileName(tx, fileId)) }),
      ),
    });
    return { id, version: updated!.version };
  });
}
