/**
 * A country follows again an indicator it had stopped following, with its values as they were; refused while it
 * follows the indicator again under another record. Restoring one already back changes nothing.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryIndicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restoreRecordSchema } from "@/lib/validation/results";
import { countryIndicatorConflictView, countryIndicatorForChange } from "./country-indicator-records";
import { countryIndicatorEntity } from "./indicator-records";

export async function restoreCountryIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version } = parseInput(restoreRecordSchema, input);
  return db.transaction(async (tx) => {
    const { countryIndicator, indicator } = await countryIndicatorForChange(tx, actor, id, { state: "any" });
    if (countryIndicator.version !== version) throw conflict(await countryIndicatorConflictView(tx, countryIndicator));
    const result = { id, countryCode: countryIndicator.countryCode };
    if (countryIndicator.deletedAt === null) return { ...result, version };
    if (indicator.deletedAt !== null) throw invalid({}, "resultsRules.indicatorUnknown");
    try {
      await tx
        .update(countryIndicators)
        .set({ deletedAt: null, deletedById: null, withdrawalReason: null, version: version + 1, updatedAt: new Date() })
        .where(eq(countryIndicators.id, id));
    } catch (error) {
      if (isUniqueViolation(error)) throw invalid({}, "resultsRules.alreadyFollowed");
      throw error;
    }
    await recordAudit(tx, actor, {
      action: "countryIndicator.restore",
      entityType: countryIndicatorEntity,
      entityId: id,
      countryCode: countryIndicator.countryCode,
      before: { withdrawn: true, reason: countryIndicator.withdrawalReason },
      after: { withdrawn: false },
    });
    return { ...result, version: version + 1 };
  });
}
