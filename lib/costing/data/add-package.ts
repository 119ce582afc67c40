/** A country's working group (or a coordinator) groups live scenarios into a package ("low", "high"), costed together. */
import type { Database } from "@/db/engine";
import { costingPackages } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { addPackageSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { checkScenarioIds, packageSnapshot } from "./package-records";
import { costingForChange, countCostingChange, packageEntity } from "./records";

export async function addPackage(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number; costingVersion: number }> {
  const { countryCode, name, scenarioIds } = parseInput(addPackageSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    await costingForChange(tx, actor, countryCode);
    await checkScenarioIds(tx, countryCode, scenarioIds);
    const [row] = await tx.insert(costingPackages).values({ countryCode, name, scenarioIds, createdById: actor.userId }).returning();
    const costingVersion = await countCostingChange(tx, countryCode);
    await recordAudit(tx, actor, { action: "costing.package_add", entityType: packageEntity, entityId: row!.id, countryCode, after: packageSnapshot(row!) });
    return { id: row!.id, countryCode, version: row!.version, costingVersion };
  });
}
