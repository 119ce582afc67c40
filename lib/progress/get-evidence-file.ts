/**
 * The bytes of an evidence file, for a reader of its country who may see it (its sharing level and its
 * milestone's); removed evidence and deleted milestones are not served. A public page's visitor reads through the
 * same rule as an anonymous reader, and only on a published country (`getPublicEvidenceFile`).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { evidence, milestones, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { anonymousReader } from "@/lib/publication/anonymous-reader";
import { isPublished } from "@/lib/publication/read-public-country";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { isRecordId } from "./records";

/** The evidence item the reader may see, with its stored file's id; NOT_FOUND otherwise. */
async function visibleEvidenceFile(db: Queryable, reader: Actor, evidenceId: unknown) {
  if (typeof evidenceId !== "string" || !isRecordId(evidenceId)) throw notFound();
  const [item] = await db
    .select({ countryCode: evidence.countryCode, fileId: evidence.fileId })
    .from(evidence)
    .innerJoin(milestones, eq(milestones.id, evidence.milestoneId))
    .where(and(eq(evidence.id, evidenceId), isNull(evidence.deletedAt), isNull(milestones.deletedAt), milestoneVisibleTo(reader), evidenceVisibleTo(reader)));
  if (!item?.fileId) throw notFound();
  return { countryCode: item.countryCode, fileId: item.fileId };
}

async function storedFile(db: Queryable, fileId: string) {
  const [file] = await db
    .select({ contentType: storedFiles.contentType, originalName: storedFiles.originalName, byteSize: storedFiles.byteSize, content: storedFiles.content })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId));
  if (!file) throw notFound();
  return file;
}

export async function getEvidenceFile(db: Queryable, actor: Actor, evidenceId: unknown) {
  const item = await visibleEvidenceFile(db, actor, evidenceId);
  assertCan(actor, "country.read", { countryCode: item.countryCode });
  return storedFile(db, item.fileId);
}

/** A file shared with all, of a country whose page is published; NOT_FOUND for anything else. */
export async function getPublicEvidenceFile(db: Queryable, evidenceId: unknown) {
  const item = await visibleEvidenceFile(db, anonymousReader, evidenceId);
  if (!(await isPublished(db, item.countryCode))) throw notFound();
  return storedFile(db, item.fileId);
}
