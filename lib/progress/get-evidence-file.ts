/**
 * The bytes of an evidence file, for a reader of its country who may see it (its sharing level and its
 * milestone's); removed evidence and deleted milestones are not served.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { evidence, milestones, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { isRecordId } from "./records";

export async function getEvidenceFile(db: Queryable, actor: Actor, evidenceId: unknown) {
  if (typeof evidenceId !== "string" || !isRecordId(evidenceId)) throw notFound();
  const [item] = await db
    .select({ countryCode: evidence.countryCode, fileId: evidence.fileId })
    .from(evidence)
    .innerJoin(milestones, eq(milestones.id, evidence.milestoneId))
    .where(and(eq(evidence.id, evidenceId), isNull(evidence.deletedAt), isNull(milestones.deletedAt), milestoneVisibleTo(actor), evidenceVisibleTo(actor)));
  if (!item?.fileId) throw notFound();
  assertCan(actor, "country.read", { countryCode: item.countryCode });
  const [file] = await db
    .select({ contentType: storedFiles.contentType, originalName: storedFiles.originalName, byteSize: storedFiles.byteSize, content: storedFiles.content })
    .from(storedFiles)
    .where(eq(storedFiles.id, item.fileId));
  if (!file) throw notFound();
  return file;
}
