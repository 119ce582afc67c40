/**
 * The two ends of every change to a costing's inputs, sharing or versions: the costing named by the version its
 * author saw (locked, its frame set, unchanged since, else CONFLICT with the version it is at now, so the page
 * reloads it rather than overwrite what someone else saved), and the change counted and audited under the costing.
 */
import type { Transaction } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { type CostingRow, costingEntity, costingForChange, countCostingChange } from "./records";

export async function costingAsSeen(tx: Transaction, actor: Actor, countryCode: string, version: number): Promise<CostingRow> {
  const costing = await costingForChange(tx, actor, countryCode);
  if (costing.version !== version) throw new AppError("CONFLICT", "costingRules.changedSinceSeen", { current: { kind: "costing", version: costing.version } });
  return costing;
}

/** Counts the change (the costing's version goes up by one) and writes its audit entry; returns the new version. */
export async function recordCostingChange(
  tx: Transaction,
  actor: Actor,
  countryCode: string,
  change: { action: string; before?: Record<string, unknown>; after: Record<string, unknown> },
): Promise<number> {
  const version = await countCostingChange(tx, countryCode);
  await recordAudit(tx, actor, { entityType: costingEntity, entityId: countryCode, countryCode, ...change });
  return version;
}
