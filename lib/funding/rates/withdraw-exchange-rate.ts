/**
 * Withdraws a rate (it converts nothing from then on) and restores it. A restore is refused with CONFLICT when a live
 * rate has taken its key since; withdrawing one already withdrawn, or restoring one already back, changes nothing.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { restoreExchangeRateSchema, withdrawExchangeRateSchema } from "@/lib/validation/exchange-rates";
import { parseInput } from "@/lib/validation/parse";
import { exchangeRateEntity, rateForChange, rateSnapshot, withFreeKey } from "./rate-records";

type Changed = { id: string; version: number };

export async function withdrawExchangeRate(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  assertCan(actor, "exchangeRate.manage");
  const { id, version } = parseInput(withdrawExchangeRateSchema, input);
  return db.transaction(async (tx) => {
    const rate = await rateForChange(tx, id);
    if (rate.version !== version) throw conflict(rate);
    if (rate.withdrawn) return { id, version };
    await tx
      .update(exchangeRates)
      .set({ deletedAt: new Date(), deletedById: actor.userId, version: version + 1, updatedAt: new Date() })
      .where(eq(exchangeRates.id, id));
    await recordAudit(tx, actor, { action: "exchangeRate.withdraw", entityType: exchangeRateEntity, entityId: id, before: { withdrawn: false, ...rateSnapshot(rate) }, after: { withdrawn: true } });
    return { id, version: version + 1 };
  });
}

export async function restoreExchangeRate(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  assertCan(actor, "exchangeRate.manage");
  const { id, version } = parseInput(restoreExchangeRateSchema, input);
  return db.transaction(async (tx) => {
    const rate = await rateForChange(tx, id);
    if (rate.version !== version) throw conflict(rate);
    if (!rate.withdrawn) return { id, version };
    await withFreeKey(tx, rate, () =>
      tx
        .update(exchangeRates)
        .set({ deletedAt: null, deletedById: null, version: version + 1, updatedAt: new Date() })
        .where(eq(exchangeRates.id, id)),
    );
    await recordAudit(tx, actor, { action: "exchangeRate.restore", entityType: exchangeRateEntity, entityId: id, before: { withdrawn: true }, after: { withdrawn: false, ...rateSnapshot(rate) } });
    return { id, version: version + 1 };
  });
}
