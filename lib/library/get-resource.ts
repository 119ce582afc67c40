/** One library resource: for its page, for its edit form, and (its bytes) for download. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { resources, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { selectResources, type ResourceSummary } from "./list-resources";
import { mayWriteResource } from "./resource-records";

/** A resource as its page and its edit form show it (and as a conflict returns it). */
export type ResourceView = ResourceSummary & { version: number; mayEdit: boolean };

export async function getResource(db: Queryable, actor: Actor, id: unknown): Promise<ResourceView> {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [resource] = await selectResources(db, eq(resources.id, id));
  if (!resource) throw notFound();
  const [row] = await db.select({ version: resources.version }).from(resources).where(eq(resources.id, id));
  return { ...resource, version: row!.version, mayEdit: mayWriteResource(actor, resource.agencies.map((agency) => agency.id)) };
}

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
