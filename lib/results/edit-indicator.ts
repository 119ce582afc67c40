/**
 * Corrects an indicator: its code, names, unit, direction, breakdown by sex and custodian. A save based on an
 * older version is refused with the indicator as it now stands (CONFLICT), never written over it.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editIndicatorSchema } from "@/lib/validation/results";
import { indicatorColumns, indicatorConflictView, indicatorEntity, indicatorForChange, indicatorSnapshot, withUniqueCode } from "./indicator-records";

export async function editIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, ...fields } = parseInput(editIndicatorSchema, input);
  return db.transaction(async (tx) => {
    const indicator = await indicatorForChange(tx, actor, id);
    if (indicator.version !== version) throw conflict(await indicatorConflictView(tx, indicator));
    const after = indicatorColumns(fields);
    const changes = changedFields(indicatorSnapshot(indicator), indicatorSnapshot({ ...indicator, ...after }));
    // Saving what is already there writes nothing: no new version, no empty history entry.
    if (Object.keys(changes.after).length === 0) return { id, version };
    await withUniqueCode(() =>
      tx
        .update(indicators)
        .set({ ...after, version: version + 1, updatedAt: new Date() })
        .where(eq(indicators.id, id)),
    );
    await recordAudit(tx, actor, { action: "indicator.edit", entityType: indicatorEntity, entityId: id, countryCode: indicator.countryCode, ...changes });
    return { id, version: version + 1 };
  });
}
