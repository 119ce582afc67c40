/**
 * What the package use cases share: a package found for change (its costing locked first), the scenarios it may hold,
 * its audit snapshot and form values, and the costing as a CONFLICT shows it to a change that named the costing's
 * version (financing, needs): its version and who saved its last change.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { auditLog, costingPackages, costingScenarios, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import { type CostingRow, costingEntity, costingForChange, packageEntity, scenarioEntity } from "./records";

export type PackageRow = typeof costingPackages.$inferSelect;

/**
 * A package the actor may change, locked with its costing until the transaction ends: NOT_FOUND for an unknown or
 * withdrawn one, or (with `countryCode`) one of another country; FORBIDDEN outside the actor's countries.
 */
export async function packageForChange(tx: Transaction, actor: Actor, id: string, countryCode?: string): Promise<{ costing: CostingRow; costingPackage: PackageRow }> {
  if (!isRecordId(id)) throw notFound();
  const [found] = await tx.select({ countryCode: costingPackages.countryCode }).from(costingPackages).where(eq(costingPackages.id, id));
  if (!found || (countryCode !== undefined && found.countryCode !== countryCode)) throw notFound();
  assertCan(actor, "costing.write", { countryCode: found.countryCode });
  // The costing first, then the package: every change takes the locks in this order.
  const costing = await costingForChange(tx, actor, found.countryCode);
  const [costingPackage] = await tx.select().from(costingPackages).where(eq(costingPackages.id, id)).for("update");
  if (!costingPackage || costingPackage.deletedAt !== null) throw notFound();
  return { costing, costingPackage };
}

/** A package holds live scenarios of its own country; anything else is refused on the field. */
export async function checkScenarioIds(tx: Queryable, countryCode: string, ids: string[]) {
  if (ids.length === 0) return;
  const live = await tx
    .select({ id: costingScenarios.id })
    .from(costingScenarios)
    .where(and(inArray(costingScenarios.id, ids), eq(costingScenarios.countryCode, countryCode), isNull(costingScenarios.deletedAt)));
  if (live.length !== ids.length) throw invalid({ scenarioIds: "costingScenarioRules.scenarioUnknown" });
}

export function packageSnapshot(costingPackage: Pick<PackageRow, "name" | "scenarioIds">) {
  return { name: costingPackage.name, scenarioIds: costingPackage.scenarioIds };
}

export function packageFormValues(costingPackage: PackageRow) {
  return { id: costingPackage.id, version: costingPackage.version, countryCode: costingPackage.countryCode, name: costingPackage.name, scenarioIds: costingPackage.scenarioIds, withdrawn: costingPackage.deletedAt !== null };
}
export type PackageFormValues = ReturnType<typeof packageFormValues>;

/** What a CONFLICT on a package carries: the package as it now stands, and who saved it last and when. */
export async function packageConflictView(db: Queryable, costingPackage: PackageRow) {
  return { ...packageFormValues(costingPackage), ...(await lastChangeOf(db, packageEntity, costingPackage.id)) };
}

/** Who saved the costing's last change, whatever part it changed, and when (ISO). */
export async function lastCostingChange(db: Queryable, countryCode: string): Promise<{ changedBy: string | null; changedAt: string | null }> {
  const [row] = await db
    .select({ by: users.name, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.countryCode, countryCode), inArray(auditLog.entityType, [costingEntity, scenarioEntity, packageEntity])))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  return { changedBy: row?.by ?? null, changedAt: row?.at?.toISOString() ?? null };
}

/** What a CONFLICT carries for a change that named the costing's version, with what the change would touch as it is now. */
export async function costingConflictView<Part extends object>(db: Queryable, costing: CostingRow, part: Part) {
  return { kind: "costing" as const, countryCode: costing.countryCode, version: costing.version, ...part, ...(await lastCostingChange(db, costing.countryCode)) };
}
