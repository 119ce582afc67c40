/** Library resources as lists show them: what each is, in which languages, for which steps, by which agencies, with its link or file. */
import { and, arrayContains, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, type LocalizedText, resourceAgencies, resources, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { type LibraryQuery, libraryQuery } from "@/lib/validation/library";

export type ResourceSummary = {
  id: string;
  title: string;
  description: string;
  kind: (typeof resources.$inferSelect)["kind"];
  languages: string[];
  url: string | null;
  fileId: string | null;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  stepKeys: string[];
  year: number | null;
  agencies: { id: string; acronym: string; shortName: LocalizedText }[];
};

/** Live resources matching `where`, newest year first (undated ones last), then by title. */
export async function selectResources(db: Queryable, where?: SQL): Promise<ResourceSummary[]> {
  const rows = await db
    .select({
      id: resources.id,
      title: resources.title,
      description: resources.description,
      kind: resources.kind,
      languages: resources.languages,
      url: resources.url,
      fileId: resources.fileId,
      fileName: storedFiles.originalName,
      fileType: storedFiles.contentType,
      fileSize: storedFiles.byteSize,
      stepKeys: resources.stepKeys,
      year: resources.year,
    })
    .from(resources)
    .leftJoin(storedFiles, eq(storedFiles.id, resources.fileId))
    .where(and(isNull(resources.deletedAt), where))
    .orderBy(sql`${resources.year} desc nulls last`, asc(resources.title));
  if (rows.length === 0) return [];
  const behind = await db
    .select({ resourceId: resourceAgencies.resourceId, id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName })
    .from(resourceAgencies)
    .innerJoin(agencies, eq(agencies.id, resourceAgencies.agencyId))
    .where(inArray(resourceAgencies.resourceId, rows.map((row) => row.id)))
    .orderBy(asc(agencies.acronym));
  return rows.map((row) => ({ ...row, agencies: behind.filter((agency) => agency.resourceId === row.id).map(({ resourceId: _, ...agency }) => agency) }));
}

/** The library page: every live resource, filtered by step, kind, language and agency from the URL. */
export async function listResources(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<{ query: LibraryQuery; resources: ResourceSummary[] }> {
  assertCan(actor, "country.read");
  const query = libraryQuery.parse(input);
  const resourcesFound = await selectResources(
    db,
    and(
      query.step ? arrayContains(resources.stepKeys, [query.step]) : undefined,
      query.kind ? eq(resources.kind, query.kind) : undefined,
      query.language ? arrayContains(resources.languages, [query.language]) : undefined,
      query.agency
        ? inArray(
            resources.id,
            db
              .select({ id: resourceAgencies.resourceId })
              .from(resourceAgencies)
              .innerJoin(agencies, eq(agencies.id, resourceAgencies.agencyId))
              .where(eq(agencies.acronym, query.agency)),
          )
        : undefined,
    ),
  );
  return { query, resources: resourcesFound };
}

/** "Tools for this step": the resources serving a framework step. */
export async function listStepTools(db: Queryable, actor: Actor, stepKey: string): Promise<ResourceSummary[]> {
  assertCan(actor, "country.read");
  return selectResources(db, arrayContains(resources.stepKeys, [stepKey]));
}

