/** Moves an item one place up or down within its block's section: it swaps places with the live item next to it. */
import { and, asc, desc, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentItems } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { moveAssessmentItemSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentItemConflictView, assessmentItemEntity, assessmentItemForChange, countMatrixChange } from "./records";

export async function moveAssessmentItem(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number; moved: boolean }> {
  const values = parseInput(moveAssessmentItemSchema, input);
  return db.transaction(async (tx) => {
    const item = await assessmentItemForChange(tx, actor, values.id);
    if (item.version !== values.version) throw conflict(await assessmentItemConflictView(tx, item));
    const up = values.direction === "up";
    const [neighbour] = await tx
      .select({ id: assessmentItems.id, position: assessmentItems.position })
      .from(assessmentItems)
      .where(
        and(
          eq(assessmentItems.countryCode, item.countryCode),
          eq(assessmentItems.guarantee, item.guarantee),
          eq(assessmentItems.section, item.section),
          isNull(assessmentItems.deletedAt),
          up ? lt(assessmentItems.position, item.position) : gt(assessmentItems.position, item.position),
        ),
      )
      .orderBy(up ? desc(assessmentItems.position) : asc(assessmentItems.position))
      .limit(1)
      .for("update");
    // Already first (or last): nothing to move, and nothing changes.
    if (!neighbour) return { id: item.id, countryCode: item.countryCode, version: item.version, moved: false };
    const at = new Date();
    await tx.update(assessmentItems).set({ position: item.position }).where(eq(assessmentItems.id, neighbour.id));
    await tx.update(assessmentItems).set({ position: neighbour.position, version: item.version + 1, updatedAt: at }).where(eq(assessmentItems.id, item.id));
    await countMatrixChange(tx, actor, item.countryCode);
    await recordAudit(tx, actor, {
      action: "assessment.move",
      entityType: assessmentItemEntity,
      entityId: item.id,
      countryCode: item.countryCode,
      before: { position: item.position },
      after: { position: neighbour.position },
    });
    return { id: item.id, countryCode: item.countryCode, version: item.version + 1, moved: true };
  });
}
