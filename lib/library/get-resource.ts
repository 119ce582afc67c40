/** One library resource: for its page, for its edit form, and (its bytes) for download. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { resources, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { selectResources, type ResourceSummary } from "./list-resources";
import { agenciesOfResource, mayWriteResource, type ResourceRecord } from "./resource-records";

export async function getResource(db: Queryable, actor: Actor, id: unknown): Promise<ResourceSummary & { version: number; mayEdit: boolean }> {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [resource] = await selectResources(db, eq(resources.id, id));
  if (!resource) throw notFound();
  const [row] = await db.select({ version: resources.version }).from(resources).where(eq(resources.id, id));
  return { ...resource, version: row!.version, mayEdit: mayWriteResource(actor, resource.agencies.map((agency) => agency.id)) };
}

/** What the edit form starts from, and what a conflict shows: the resource as it stands. */
export async function resourceFormValues(db: Queryable, resource: ResourceRecord) {
  return {
    id: resource.id,
    version: resource.version,
    title: resource.title,
    description: resource.description,
    kind: resource.kind,
    languages: resource.languages,
    url: resource.url ?? "",
    stepKeys: resource.stepKeys,
    agencyIds: await agenciesOfResource(db, resource.id),
    year: resource.year === null ? "" : String(resource.year),
  };
}
export type ResourceFormValues = Awaited<ReturnType<typeof resourceFormValues>>;

/** The stored file of a live resource; every signed-in reader may download it. */
export async function getResourceFile(db: Queryable, actor: Actor, id: unknown) {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [file] = await db
    .select({ contentType: storedFiles.contentType, originalName: storedFiles.originalName, byteSize: storedFiles.byteSize, content: storedFiles.content })
    .from(resources)
    .innerJoin(storedFiles, eq(storedFiles.id, resources.fileId))
    .where(and(eq(resources.id, id), isNull(resources.deletedAt)));
  if (!file) throw notFound();
  return file;
}
