/**
 * A country stops following an indicator, with a reason: it leaves the results page, the views across countries
 * and the exports, and stays, with its values and history, to be restored.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryIndicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawRecordSchema } from "@/lib/validation/results";
import { countryIndicatorConflictView, countryIndicatorForChange } from "./country-indicator-records";
import { countryIndicatorEntity } from "./indicator-records";

export async function withdrawCountryIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, reason } = parseInput(withdrawRecordSchema, input);
  return db.transaction(async (tx) => {
    const { countryIndicator } = await countryIndicatorForChange(tx, actor, id);
    if (countryIndicator.version !== version) throw conflict(await countryIndicatorConflictView(tx, countryIndicator));
    const at = new Date();
    await tx
      .update(countryIndicators)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(countryIndicators.id, id));
    await recordAudit(tx, actor, {
      action: "countryIndicator.withdraw",
      entityType: countryIndicatorEntity,
      entityId: id,
      countryCode: countryIndicator.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: countryIndicator.countryCode, version: version + 1 };
  });
}
