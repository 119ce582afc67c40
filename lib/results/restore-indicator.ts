/**
 * Brings a withdrawn indicator back into the catalogue, unless its code has been given to another since. Restoring
 * one already back changes nothing; a restore based on an older version is refused with the indicator as it stands.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restoreRecordSchema } from "@/lib/validation/results";
import { indicatorConflictView, indicatorEntity, indicatorForChange, withUniqueCode } from "./indicator-records";

export async function restoreIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version } = parseInput(restoreRecordSchema, input);
  return db.transaction(async (tx) => {
    const indicator = await indicatorForChange(tx, actor, id, { state: "any" });
    if (indicator.version !== version) throw conflict(await indicatorConflictView(tx, indicator));
    if (indicator.deletedAt === null) return { id, version };
    await withUniqueCode(() =>
      tx
        .update(indicators)
        .set({ deletedAt: null, deletedById: null, withdrawalReason: null, version: version + 1, updatedAt: new Date() })
        .where(eq(indicators.id, id)),
    );
    await recordAudit(tx, actor, {
      action: "indicator.restore",
      entityType: indicatorEntity,
      entityId: id,
      countryCode: indicator.countryCode,
      before: { withdrawn: true, reason: indicator.withdrawalReason },
      after: { withdrawn: false },
    });
    return { id, version: version + 1 };
  });
}
