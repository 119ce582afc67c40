/**
 * Withdraws an indicator from the catalogue, with a reason, once no country follows it any more: it leaves the
 * choices and stays with its history to be restored.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryIndicators, indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawRecordSchema } from "@/lib/validation/results";
import { indicatorConflictView, indicatorEntity, indicatorForChange } from "./indicator-records";

export async function withdrawIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, reason } = parseInput(withdrawRecordSchema, input);
  return db.transaction(async (tx) => {
    const indicator = await indicatorForChange(tx, actor, id);
    if (indicator.version !== version) throw conflict(await indicatorConflictView(tx, indicator));
    // Counted whatever the reader may see: a country keeping its results to itself still follows it.
    const [followed] = await tx
      .select({ id: countryIndicators.id })
      .from(countryIndicators)
      .where(and(eq(countryIndicators.indicatorId, id), isNull(countryIndicators.deletedAt)))
      .limit(1);
    if (followed) throw invalid({}, "resultsRules.indicatorStillFollowed");
    const at = new Date();
    await tx
      .update(indicators)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(indicators.id, id));
    await recordAudit(tx, actor, {
      action: "indicator.withdraw",
      entityType: indicatorEntity,
      entityId: id,
      countryCode: indicator.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, version: version + 1 };
  });
}
