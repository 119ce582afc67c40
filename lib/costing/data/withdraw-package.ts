/**
 * Withdraws a package with a reason: it leaves the costing's comparison, and its financing and the needs made from it
 * stay as they are (a need is withdrawn on key step 8, where advisers may already have answered it).
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingPackages } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { withdrawPackageSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { packageConflictView, packageForChange } from "./package-records";
import { countCostingChange, packageEntity } from "./records";

export async function withdrawPackage(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, countryCode, version, reason } = parseInput(withdrawPackageSchema, input);
  return db.transaction(async (tx) => {
    const { costingPackage } = await packageForChange(tx, actor, id, countryCode);
    if (costingPackage.version !== version) throw conflict(await packageConflictView(tx, costingPackage));
    const at = new Date();
    await tx
      .update(costingPackages)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(costingPackages.id, id));
    await countCostingChange(tx, costingPackage.countryCode);
    await recordAudit(tx, actor, {
      action: "costing.package_withdraw",
      entityType: packageEntity,
      entityId: id,
      countryCode: costingPackage.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: costingPackage.countryCode, version: version + 1 };
  });
}
