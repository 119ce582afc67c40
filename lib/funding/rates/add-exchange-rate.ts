/** Enters an exchange rate by hand (decision 2100): refused with CONFLICT when a live rate already holds its key. */
import type { Database } from "@/db/engine";
import { exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { exchangeRateSchema } from "@/lib/validation/exchange-rates";
import { parseInput } from "@/lib/validation/parse";
import { exchangeRateEntity, rateSnapshot, withFreeKey } from "./rate-records";

export async function addExchangeRate(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  assertCan(actor, "exchangeRate.manage");
  const fields = parseInput(exchangeRateSchema, input);
  return db.transaction(async (tx) => {
    const [row] = await withFreeKey(tx, fields, () =>
      tx
        .insert(exchangeRates)
        .values({ ...fields, createdById: actor.userId })
        .returning({ id: exchangeRates.id, version: exchangeRates.version }),
    );
    await recordAudit(tx, actor, { action: "exchangeRate.add", entityType: exchangeRateEntity, entityId: row!.id, after: rateSnapshot(fields) });
    return row!;
  });
}
