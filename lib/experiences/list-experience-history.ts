/** The history of a write-up, from the audit log: who wrote, translated, edited, published, shared or featured it, and when. */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, experiences, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { experienceVisibleTo } from "@/lib/sharing/visibility";

export type ExperienceHistoryEntry = {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** A write-up's changes are a few dozen at most; older ones stay in the audit log. */
export const experienceHistoryLimit = 100;

export async function listExperienceHistory(db: Queryable, actor: Actor, id: unknown): Promise<ExperienceHistoryEntry[]> {
  assertCan(actor, "country.read");
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  const [readable] = await db
    .select({ id: experiences.id })
    .from(experiences)
    .where(and(eq(experiences.id, id), isNull(experiences.deletedAt), experienceVisibleTo(actor)));
  if (!readable) throw notFound();
  return db
    .select({ id: auditLog.id, at: auditLog.at, actorName: users.name, action: auditLog.action, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "experience"), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(experienceHistoryLimit);
}
