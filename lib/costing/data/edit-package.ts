/** Renames a package or changes its scenarios, from the version its editor saw; CONFLICT with the package as it is otherwise. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingPackages } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { editPackageSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { checkScenarioIds, packageConflictView, packageForChange, packageSnapshot } from "./package-records";
import { countCostingChange, packageEntity } from "./records";

export async function editPackage(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, countryCode, version, name, scenarioIds } = parseInput(editPackageSchema, input);
  return db.transaction(async (tx) => {
    const { costingPackage } = await packageForChange(tx, actor, id, countryCode);
    if (costingPackage.version !== version) throw conflict(await packageConflictView(tx, costingPackage));
    const { before, after } = changedFields(packageSnapshot(costingPackage), { name, scenarioIds });
    if (Object.keys(after).length === 0) return { id, countryCode: costingPackage.countryCode, version };
    // A withdrawn scenario the package still holds may stay (it is costed again once restored), but not be added.
    await checkScenarioIds(tx, costingPackage.countryCode, scenarioIds.filter((scenarioId) => !costingPackage.scenarioIds.includes(scenarioId)));
    await tx
      .update(costingPackages)
      .set({ name, scenarioIds, version: version + 1, updatedAt: new Date() })
      .where(eq(costingPackages.id, id));
    await countCostingChange(tx, costingPackage.countryCode);
    await recordAudit(tx, actor, { action: "costing.package_edit", entityType: packageEntity, entityId: id, countryCode: costingPackage.countryCode, before, after });
    return { id, countryCode: costingPackage.countryCode, version: version + 1 };
  });
}
