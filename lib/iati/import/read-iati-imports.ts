/**
 * Reading IATI imports: one import with its progress and report, and the list of past imports, each scoped by
 * `support.importIati` (a coordinator's are everyone's, an adviser's their agency's): anyone else gets NOT_FOUND,
 * since a report holds the activities' titles before they are entries.
 */
import { and, asc, desc, eq, inArray, isNotNull, lt, or, type SQL } from "drizzle-orm";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import { agencies, iatiImports, storedFiles, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCanSomewhere, scopeOf } from "@/lib/permissions";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import type { IatiImportReport } from "./report";

/** The imports the actor may read, as a condition; FORBIDDEN for a role that may import nowhere. */
export function importsVisibleTo(actor: Actor): SQL | undefined {
  assertCanSomewhere(actor, "support.importIati");
  const scope = scopeOf(actor, "support.importIati");
  return scope === "any" ? undefined : inArray(iatiImports.agencyId, scope.agencyIds);
}

const summaryColumns = {
  id: iatiImports.id,
  state: iatiImports.state,
  agencyId: iatiImports.agencyId,
  agencyAcronym: agencies.acronym,
  fileName: storedFiles.originalName,
  declaredVersion: iatiImports.declaredVersion,
  byteSize: iatiImports.byteSize,
  bytesRead: iatiImports.bytesRead,
  activityCount: iatiImports.activityCount,
  sectorCodes: iatiImports.sectorCodes,
  failure: iatiImports.failure,
  createdAt: iatiImports.createdAt,
  createdByName: users.name,
  appliedAt: iatiImports.appliedAt,
};

const summaries = (db: Queryable) =>
  db
    .select(summaryColumns)
    .from(iatiImports)
    .innerJoin(agencies, eq(agencies.id, iatiImports.agencyId))
    .innerJoin(storedFiles, eq(storedFiles.id, iatiImports.fileId))
    .innerJoin(users, eq(users.id, iatiImports.createdById));

export type IatiImportSummary = Awaited<ReturnType<ReturnType<typeof summaries>["execute"]>>[number];
export type IatiImportView = IatiImportSummary & { report: IatiImportReport | null };

export async function getIatiImport(db: Queryable, actor: Actor, id: unknown): Promise<IatiImportView> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound();
  const [row] = await db
    .select({ ...summaryColumns, report: iatiImports.report })
    .from(iatiImports)
    .innerJoin(agencies, eq(agencies.id, iatiImports.agencyId))
    .innerJoin(storedFiles, eq(storedFiles.id, iatiImports.fileId))
    .innerJoin(users, eq(users.id, iatiImports.createdById))
    .where(and(eq(iatiImports.id, parsed.data), importsVisibleTo(actor)));
  if (!row) throw notFound();
  return { ...row, report: row.report as IatiImportReport | null };
}

const cursorSchema = z.object({ createdAt: z.string(), id: z.uuid() });

/** Past imports, newest first, a page at a time (keyset on creation time and id). */
export async function listIatiImports(db: Queryable, actor: Actor, input: { limit?: number; cursor?: string } = {}): Promise<Page<IatiImportSummary>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(cursorSchema, input.cursor);
  const rows = await summaries(db)
    .where(
      and(
        importsVisibleTo(actor),
        after
          ? or(lt(iatiImports.createdAt, new Date(after.createdAt)), and(eq(iatiImports.createdAt, new Date(after.createdAt)), lt(iatiImports.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(iatiImports.createdAt), desc(iatiImports.id))
    .limit(limit + 1);
  return pageOf(rows, limit, (row) => ({ createdAt: row.createdAt.toISOString(), id: row.id }));
}

/** The agencies the actor may import an IATI file for: those with an IATI organisation identifier, within their scope. */
export async function listIatiImportAgencies(db: Queryable, actor: Actor): Promise<{ id: string; acronym: string; iatiRef: string }[]> {
  assertCanSomewhere(actor, "support.importIati");
  const scope = scopeOf(actor, "support.importIati");
  const rows = await db
    .select({ id: agencies.id, acronym: agencies.acronym, iatiRef: agencies.iatiRef })
    .from(agencies)
    .where(and(isNotNull(agencies.iatiRef), scope === "any" ? undefined : inArray(agencies.id, scope.agencyIds)))
    .orderBy(asc(agencies.acronym));
  return rows.map((row) => ({ ...row, iatiRef: row.iatiRef! }));
}
