/**
 * The funding needs a package's financing gap became, by year: live needs only (a withdrawn need frees its year to
 * be needed again). A reader reaches them through the package's costing, already read under its sharing rule; the
 * needs themselves are read by anyone who reads support, as every need of key step 8 is.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingNeeds, supportNeeds } from "@/db/schema";

export type PackageNeed = { year: number; needId: string; estimateAmount: string | null; estimateCurrency: string | null };

export async function listPackageNeeds(db: Queryable, packageId: string): Promise<PackageNeed[]> {
  return db
    .select({ year: costingNeeds.year, needId: costingNeeds.needId, estimateAmount: supportNeeds.estimateAmount, estimateCurrency: supportNeeds.estimateCurrency })
    .from(costingNeeds)
    .innerJoin(supportNeeds, eq(supportNeeds.id, costingNeeds.needId))
    .where(and(eq(costingNeeds.packageId, packageId), isNull(supportNeeds.deletedAt)))
    .orderBy(asc(costingNeeds.year));
}
