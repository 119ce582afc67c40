/**
 * Withdraws a value, with a reason: it leaves the series and stays with its history to be restored. An adviser
 * may withdraw their own proposal while it waits.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawRecordSchema } from "@/lib/validation/results";
import { indicatorValueEntity } from "./indicator-records";
import { agencyOf, valueConflictView, valueForChange } from "./value-records";

export async function withdrawIndicatorValue(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryIndicatorId: string; version: number }> {
  const { id, version, reason } = parseInput(withdrawRecordSchema, input);
  return db.transaction(async (tx) => {
    const { value, countryIndicator } = await valueForChange(tx, actor, id, { proposer: true });
    if (value.version !== version) throw conflict(await valueConflictView(tx, value));
    const at = new Date();
    await tx
      .update(indicatorValues)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(indicatorValues.id, id));
    await recordAudit(tx, actor, {
      action: "indicatorValue.withdraw",
      entityType: indicatorValueEntity,
      entityId: id,
      countryCode: countryIndicator.countryCode,
      agencyId: value.status === "proposed" ? agencyOf(actor) : null,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: countryIndicator.countryCode, countryIndicatorId: countryIndicator.id, version: version + 1 };
  });
}
