/** What the library's use cases share: checks of steps and agencies, who may write a resource, and its snapshot for the audit log. */
import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, frameworkSteps, resourceAgencies, resources } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { findLive } from "@/lib/progress/records";

export type ResourceRecord = typeof resources.$inferSelect;

/** A coordinator writes any resource; an adviser only resources their own agency is among the agencies of. */
export function mayWriteResource(actor: Actor, agencyIds: string[]): boolean {
  return can(actor, "resource.write", { agencyIds });
}

/** Step keys must be the framework's; the same key in several versions counts once. */
export async function checkStepKeys(db: Queryable, stepKeys: string[]): Promise<string[]> {
  const unique = [...new Set(stepKeys)];
  if (unique.length === 0) return [];
  const known = new Set(
    (await db.selectDistinct({ key: frameworkSteps.key }).from(frameworkSteps).where(inArray(frameworkSteps.key, unique))).map((row) => row.key),
  );
  if (unique.some((key) => !known.has(key))) throw invalid({ stepKeys: "library.unknownStep" });
  return unique;
}

export async function checkAgencies(db: Queryable, agencyIds: string[]): Promise<string[]> {
  const unique = [...new Set(agencyIds)];
  if (unique.length === 0) return [];
  const found = await db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, unique));
  if (found.length !== unique.length) throw invalid({ agencyIds: "library.unknownAgency" });
  return unique;
}

export async function agenciesOfResource(db: Queryable, resourceId: string): Promise<string[]> {
  return (await db.select({ id: resourceAgencies.agencyId }).from(resourceAgencies).where(eq(resourceAgencies.resourceId, resourceId))).map(
    (row) => row.id,
  );
}

/** A live resource the actor may write, locked for a change, with the agencies behind it; or NOT_FOUND / FORBIDDEN. */
export async function resourceForChange(db: Queryable, actor: Actor, id: string): Promise<{ resource: ResourceRecord; agencyIds: string[] }> {
  const resource = await findLive(db, resources, id, { lock: true });
  const agencyIds = await agenciesOfResource(db, id);
  assertCan(actor, "resource.write", { agencyIds });
  return { resource, agencyIds };
}

export async function setResourceAgencies(db: Queryable, resourceId: string, agencyIds: string[]): Promise<void> {
  await db.delete(resourceAgencies).where(eq(resourceAgencies.resourceId, resourceId));
  if (agencyIds.length) await db.insert(resourceAgencies).values(agencyIds.map((agencyId) => ({ resourceId, agencyId })));
}

/** The fields the audit log records for a resource (the file by its name, not its bytes). */
export function resourceSnapshot(resource: Pick<ResourceRecord, "title" | "description" | "kind" | "languages" | "url" | "stepKeys" | "year">, extra: { agencyIds: string[]; fileName: string | null }) {
  return {
    title: resource.title,
    description: resource.description,
    kind: resource.kind,
    languages: [...resource.languages].sort(),
    url: resource.url,
    stepKeys: [...resource.stepKeys].sort(),
    year: resource.year,
    agencyIds: [...extra.agencyIds].sort(),
    file: extra.fileName,
  };
}
