/**
 * One item of a country's matrix as the actor may read it (NOT_FOUND when its matrix is kept from them, as for an
 * item that does not exist; a withdrawn one only for those who may restore it), and its history from the audit
 * log, newest first, a counted page at a time.
 */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, auditLog, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import type { CountedPage } from "@/lib/paging";
import { assertCan, can } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { assessmentVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import type { AssessmentItemView } from "./get-matrix";
import { assessmentItemEntity } from "./records";

export type AssessmentItemDetails = AssessmentItemView & {
  withdrawn: boolean;
  /** The dialogue's milestone, when the actor may read it. */
  endorsementMilestone: { id: string; title: string } | null;
};

export async function getAssessmentItem(db: Queryable, actor: Actor, id: unknown): Promise<AssessmentItemDetails> {
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  assertCan(actor, "country.read");
  const [row] = await db
    .select({
      item: assessmentItems,
      milestone: { id: milestones.id, title: milestones.title },
    })
    .from(assessmentItems)
    .leftJoin(milestones, and(eq(milestones.id, assessmentItems.endorsementMilestoneId), milestoneVisibleTo(actor)))
    .where(and(eq(assessmentItems.id, id), assessmentVisibleTo(actor, assessmentItems.countryCode)));
  if (!row) throw notFound();
  const { searchVector: _search, createdById: _by, deletedById: _deletedBy, createdAt: _created, deletedAt, ...item } = row.item;
  if (deletedAt !== null && !can(actor, "assessment.write", { countryCode: item.countryCode })) throw notFound();
  return { ...item, withdrawn: deletedAt !== null, endorsementMilestone: row.milestone?.id ? { id: row.milestone.id, title: row.milestone.title } : null };
}

export async function listAssessmentItemHistory(db: Queryable, actor: Actor, input: { itemId: unknown; page?: unknown }): Promise<CountedPage<HistoryEntry>> {
  const item = await getAssessmentItem(db, actor, input.itemId);
  const history = await readHistory(db, item.countryCode, and(eq(auditLog.entityType, assessmentItemEntity), eq(auditLog.entityId, item.id)), input.page);
  const subject = item.statement.length > 80 ? `${item.statement.slice(0, 79)}…` : item.statement;
  return { ...history, rows: history.rows.map((entry) => ({ ...entry, subject })) };
}
