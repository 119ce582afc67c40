/**
 * What the assessment matrix's use cases share: the matrix row every change locks and counts (so endorsing names
 * the matrix its endorser saw), an item found for change (locked, permission asserted), the item's audit snapshot,
 * its form values (sent back with a CONFLICT), and the next position in its block and section.
 */
import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { assessmentItems, assessmentMatrices } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";

export type AssessmentItemRow = typeof assessmentItems.$inferSelect;
export type AssessmentMatrixRow = typeof assessmentMatrices.$inferSelect;

/** The audit log's names: an item, and a country's matrix as a whole (its id is the country code). */
export const assessmentItemEntity = "assessment_item";
export const assessmentMatrixEntity = "assessment_matrix";

/** The country's matrix row, locked until the transaction ends; null while the matrix has never been written. */
export async function lockMatrix(tx: Transaction, countryCode: string): Promise<AssessmentMatrixRow | null> {
  const [matrix] = await tx.select().from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, countryCode)).for("update");
  return matrix ?? null;
}

/**
 * Counts one change to the country's matrix: writes its row on the first change, raises its version on the
 * others. Called by every change to an item, after `lockMatrix` or an item's lock, in the change's transaction.
 */
export async function countMatrixChange(tx: Transaction, actor: Actor, countryCode: string): Promise<number> {
  const [matrix] = await tx
    .insert(assessmentMatrices)
    .values({ countryCode, createdById: actor.userId })
    .onConflictDoUpdate({ target: assessmentMatrices.countryCode, set: { version: sql`${assessmentMatrices.version} + 1`, updatedAt: sql`now()` } })
    .returning({ version: assessmentMatrices.version });
  return matrix!.version;
}

/**
 * An item the actor may change, locked with its country's matrix until the transaction ends: NOT_FOUND for an
 * unknown id or, unless `state` is "any", a withdrawn one; FORBIDDEN outside the actor's countries.
 */
export async function assessmentItemForChange(tx: Transaction, actor: Actor, id: string, { state = "live" }: { state?: "live" | "any" } = {}): Promise<AssessmentItemRow> {
  if (!isRecordId(id)) throw notFound();
  const [found] = await tx.select({ countryCode: assessmentItems.countryCode }).from(assessmentItems).where(eq(assessmentItems.id, id));
  if (!found) throw notFound();
  assertCan(actor, "assessment.write", { countryCode: found.countryCode });
  // The matrix first, then the item: every change takes the locks in this order.
  await lockMatrix(tx, found.countryCode);
  const [item] = await tx.select().from(assessmentItems).where(eq(assessmentItems.id, id)).for("update");
  if (!item || (state === "live" && item.deletedAt !== null)) throw notFound();
  return item;
}

/** The position after the last live item of a block's section. */
export async function nextPosition(tx: Queryable, item: Pick<AssessmentItemRow, "countryCode" | "guarantee" | "section">): Promise<number> {
  const [last] = await tx
    .select({ position: max(assessmentItems.position) })
    .from(assessmentItems)
    .where(
      and(
        eq(assessmentItems.countryCode, item.countryCode),
        eq(assessmentItems.guarantee, item.guarantee),
        eq(assessmentItems.section, item.section),
        isNull(assessmentItems.deletedAt),
      ),
    );
  return (last?.position ?? 0) + 1;
}

/** The fields people and decisions change, for the audit log's before and after. */
export function assessmentItemSnapshot(item: AssessmentItemRow) {
  return {
    guarantee: item.guarantee,
    section: item.section,
    position: item.position,
    statement: item.statement,
    details: item.details,
    recommendationKind: item.recommendationKind,
    priority: item.priority,
    status: item.status,
    endorsedOn: item.endorsedOn,
    endorsementMilestoneId: item.endorsementMilestoneId,
    endorsedInVersion: item.endorsedInVersion,
    decidedOn: item.decidedOn,
    decisionReason: item.decisionReason,
  };
}

/** An item as its edit form holds it: strings, blanks for what is not set. */
export function assessmentItemFormValues(item: Omit<AssessmentItemRow, "searchVector">) {
  return {
    id: item.id,
    version: item.version,
    countryCode: item.countryCode,
    guarantee: item.guarantee,
    section: item.section,
    statement: item.statement,
    details: item.details,
    recommendationKind: item.recommendationKind ?? "",
    priority: item.priority ?? "",
    status: item.status ?? "",
    withdrawn: item.deletedAt !== null,
  };
}
export type AssessmentItemFormValues = ReturnType<typeof assessmentItemFormValues>;

/** What a CONFLICT carries: the item as it now stands, and who saved it last and when. */
export async function assessmentItemConflictView(db: Queryable, item: AssessmentItemRow) {
  return { ...assessmentItemFormValues(item), ...(await lastChangeOf(db, assessmentItemEntity, item.id)) };
}
