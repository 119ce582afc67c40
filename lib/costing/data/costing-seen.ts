/**
 * The costing a change names by the version its author saw: locked, its frame set, and unchanged since, else
 * CONFLICT with the version it is at now, so the page reloads it rather than overwrite what someone else saved.
 */
import type { Transaction } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { type CostingRow, costingForChange } from "./records";

export async function costingAsSeen(tx: Transaction, actor: Actor, countryCode: string, version: number): Promise<CostingRow> {
  const costing = await costingForChange(tx, actor, countryCode);
  if (costing.version !== version) throw new AppError("CONFLICT", "costingRules.changedSinceSeen", { current: { kind: "costing", version: costing.version } });
  return costing;
}
