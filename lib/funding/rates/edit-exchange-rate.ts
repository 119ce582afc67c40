/** Corrects a rate's figure or source; a save based on an older version gets CONFLICT with the rate as it stands. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { editExchangeRateSchema } from "@/lib/validation/exchange-rates";
import { parseInput } from "@/lib/validation/parse";
import { exchangeRateEntity, rateForChange, rateSnapshot } from "./rate-records";

export async function editExchangeRate(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  assertCan(actor, "exchangeRate.manage");
  const { id, version, ...fields } = parseInput(editExchangeRateSchema, input);
  return db.transaction(async (tx) => {
    const rate = await rateForChange(tx, id);
    // A withdrawn rate is restored first, then corrected: its figure converts nothing meanwhile.
    if (rate.withdrawn) throw notFound();
    if (rate.version !== version) throw conflict(rate);
    const changes = changedFields(rateSnapshot(rate), rateSnapshot({ ...rate, ...fields }));
    if (Object.keys(changes.after).length === 0) return { id, version };
    await tx
      .update(exchangeRates)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(exchangeRates.id, id));
    await recordAudit(tx, actor, { action: "exchangeRate.edit", entityType: exchangeRateEntity, entityId: id, ...changes });
    return { id, version: version + 1 };
  });
}
