/**
 * What the costing's use cases share: the costing row every change locks and counts (so validating names the
 * costing its author saw), the permission asserted at the point of change, and the audit log's names. Every change
 * locks the costing row first, then the record it changes, so two changes of one country queue, never deadlock.
 */
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { costings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

export type CostingRow = typeof costings.$inferSelect;

/** The audit log's names: a costing as a whole (its id is the country code), a scenario, a package. */
export const costingEntity = "costing";
export const scenarioEntity = "costing_scenario";
export const packageEntity = "costing_package";

/** The country's costing, locked until the transaction ends, after asserting the actor may write it; null before its frame is set. */
export async function lockCosting(tx: Transaction, actor: Actor, countryCode: string): Promise<CostingRow | null> {
  assertCan(actor, "costing.write", { countryCode });
  const [costing] = await tx.select().from(costings).where(eq(costings.countryCode, countryCode)).for("update");
  return costing ?? null;
}

/** As `lockCosting`, for a change that needs the frame (base year, horizon, currency) set first. */
export async function costingForChange(tx: Transaction, actor: Actor, countryCode: string): Promise<CostingRow> {
  const costing = await lockCosting(tx, actor, countryCode);
  if (!costing) throw invalid({}, "costingRules.noFrame");
  return costing;
}

/** Counts one change to the costing (its version goes up by one); the row must exist and be locked. */
export async function countCostingChange(tx: Transaction, countryCode: string): Promise<number> {
  const [costing] = await tx
    .update(costings)
    .set({ version: sql`${costings.version} + 1`, updatedAt: sql`now()` })
    .where(eq(costings.countryCode, countryCode))
    .returning({ version: costings.version });
  return costing!.version;
}
