/**
 * Brings a withdrawn value back, unless its period and sex have another accepted value now (a value replaced by an
 * accepted proposal comes back only once that one is withdrawn). Restoring one already back changes nothing.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restoreRecordSchema } from "@/lib/validation/results";
import { indicatorValueEntity } from "./indicator-records";
import { valueConflictView, valueForChange, withFreeSlot } from "./value-records";

export async function restoreIndicatorValue(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryIndicatorId: string; version: number }> {
  const { id, version } = parseInput(restoreRecordSchema, input);
  return db.transaction(async (tx) => {
    const { value, countryIndicator } = await valueForChange(tx, actor, id, { state: "any" });
    if (value.version !== version) throw conflict(await valueConflictView(tx, value));
    const result = { id, countryCode: countryIndicator.countryCode, countryIndicatorId: countryIndicator.id };
    if (value.deletedAt === null) return { ...result, version };
    await withFreeSlot(() =>
      tx
        .update(indicatorValues)
        .set({ deletedAt: null, deletedById: null, withdrawalReason: null, replacedById: null, version: version + 1, updatedAt: new Date() })
        .where(eq(indicatorValues.id, id)),
    );
    await recordAudit(tx, actor, {
      action: "indicatorValue.restore",
      entityType: indicatorValueEntity,
      entityId: id,
      countryCode: countryIndicator.countryCode,
      before: { withdrawn: true, reason: value.withdrawalReason, replacedBy: value.replacedById },
      after: { withdrawn: false },
    });
    return { ...result, version: version + 1 };
  });
}
