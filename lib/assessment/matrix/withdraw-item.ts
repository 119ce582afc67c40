/**
 * Withdraws an item with a reason: it leaves the matrix's draft, the gaps view, exports and search, and stays with
 * its history (and in the endorsed versions that hold it) to be restored, at the end of its section.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentItems } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { restoreAssessmentItemSchema, withdrawAssessmentItemSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentItemConflictView, assessmentItemEntity, assessmentItemForChange, countMatrixChange, nextPosition } from "./records";

type Changed = { id: string; countryCode: string; version: number };

export async function withdrawAssessmentItem(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  const { id, version, reason } = parseInput(withdrawAssessmentItemSchema, input);
  return db.transaction(async (tx) => {
    const item = await assessmentItemForChange(tx, actor, id);
    if (item.version !== version) throw conflict(await assessmentItemConflictView(tx, item));
    const at = new Date();
    await tx
      .update(assessmentItems)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(assessmentItems.id, id));
    await countMatrixChange(tx, actor, item.countryCode);
    await recordAudit(tx, actor, {
      action: "assessment.withdraw",
      entityType: assessmentItemEntity,
      entityId: id,
      countryCode: item.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: item.countryCode, version: version + 1 };
  });
}

export async function restoreAssessmentItem(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  const { id, version } = parseInput(restoreAssessmentItemSchema, input);
  return db.transaction(async (tx) => {
    const item = await assessmentItemForChange(tx, actor, id, { state: "any" });
    if (item.version !== version) throw conflict(await assessmentItemConflictView(tx, item));
    // Restoring what is already live changes nothing (a second click, a retried request).
    if (item.deletedAt === null) return { id, countryCode: item.countryCode, version };
    const position = await nextPosition(tx, item);
    await tx
      .update(assessmentItems)
      .set({ deletedAt: null, deletedById: null, withdrawalReason: null, position, version: version + 1, updatedAt: new Date() })
      .where(eq(assessmentItems.id, id));
    await countMatrixChange(tx, actor, item.countryCode);
    await recordAudit(tx, actor, {
      action: "assessment.restore",
      entityType: assessmentItemEntity,
      entityId: id,
      countryCode: item.countryCode,
      before: { withdrawn: true, reason: item.withdrawalReason },
      after: { withdrawn: false },
    });
    return { id, countryCode: item.countryCode, version: version + 1 };
  });
}
