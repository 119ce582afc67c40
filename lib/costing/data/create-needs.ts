/**
 * Turns a package's uncovered cost in chosen years into funding needs on the country's key step 8 ("support needs"),
 * where advisers answer them as any other need. Each need is linked back to its package and year (`costing_needs`);
 * a year already turned into a live need, without a gap, or whose cost is not known is left out and reported. The
 * need's text is neutral ("<package> — financing gap <year>"): screens say the rest in the reader's language.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { costingNeeds, countrySteps, frameworkSteps, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { insertNeed } from "@/lib/support/add-need";
import { needColumns } from "@/lib/support/needs";
import { normalizeAmount } from "@/lib/support/money";
import { createNeedsSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { Decimal } from "../decimal";
import { packageFinancingGap } from "./package-costs";
import { costingConflictView, packageForChange } from "./package-records";
import { countCostingChange, packageEntity } from "./records";

/** The framework step of key step 8, where funding needs are recorded. */
export const supportNeedsStepKey = "support_needs";
/** numeric(20,4), the estimate's column, holds amounts below this. */
const largestEstimate = new Decimal("1e16");

export type SkippedYear = { year: number; reason: "alreadyNeeded" | "noGap" | "costUnknown"; needId?: string };
export type NeedsFromPackage = {
  countryCode: string;
  /** The costing's version after the change (unchanged when every year was left out). */
  version: number;
  created: { year: number; needId: string; estimateAmount: string }[];
  skipped: SkippedYear[];
};

async function supportNeedsStepOf(db: Queryable, countryCode: string): Promise<string> {
  const [step] = await db
    .select({ id: countrySteps.id })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(eq(countrySteps.countryCode, countryCode), eq(frameworkSteps.key, supportNeedsStepKey)));
  if (!step) throw invalid({}, "costingScenarioRules.noSupportNeedsStep");
  return step.id;
}

/** The package's years already turned into a need that is not withdrawn, with that need. */
async function liveNeedYears(db: Queryable, packageId: string, years: number[]): Promise<Map<number, string>> {
  const rows = await db
    .select({ year: costingNeeds.year, needId: costingNeeds.needId })
    .from(costingNeeds)
    .innerJoin(supportNeeds, eq(supportNeeds.id, costingNeeds.needId))
    .where(and(eq(costingNeeds.packageId, packageId), inArray(costingNeeds.year, years), isNull(supportNeeds.deletedAt)));
  return new Map(rows.map((row) => [row.year, row.needId]));
}

export async function createNeedsFromPackage(db: Database, actor: Actor, input: unknown): Promise<NeedsFromPackage> {
  const { countryCode, version, packageId, years } = parseInput(createNeedsSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  assertCan(actor, "need.write", { countryCode });
  return db.transaction(async (tx) => {
    const { costing, costingPackage } = await packageForChange(tx, actor, packageId, countryCode);
    if (costing.version !== version) throw conflict(await costingConflictView(tx, costing, { packageId }));
    if (years.some((year) => year < costing.baseYear || year > costing.horizonYear)) throw invalid({ years: "costingScenarioRules.yearOutsideFrame" });

    const gaps = new Map((await packageFinancingGap(tx, costing, costingPackage)).map((row) => [row.year, row.uncovered]));
    const needed = await liveNeedYears(tx, packageId, years);
    const skipped: SkippedYear[] = [];
    const toCreate: { year: number; estimateAmount: string }[] = [];
    for (const year of years) {
      const uncovered = gaps.get(year) ?? null;
      // To the estimate column's four decimals: a gap of a fraction of a cent is no gap.
      const estimate = uncovered === null ? null : new Decimal(uncovered).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
      if (needed.has(year)) skipped.push({ year, reason: "alreadyNeeded", needId: needed.get(year)! });
      else if (estimate === null) skipped.push({ year, reason: "costUnknown" });
      else if (estimate.isZero()) skipped.push({ year, reason: "noGap" });
      else if (estimate.gte(largestEstimate)) throw invalid({ years: "costingScenarioRules.gapTooLarge" });
      else toCreate.push({ year, estimateAmount: normalizeAmount(estimate.toFixed(4)) });
    }
    if (toCreate.length === 0) return { countryCode, version, created: [], skipped };

    const countryStepId = await supportNeedsStepOf(tx, countryCode);
    const created: NeedsFromPackage["created"] = [];
    for (const { year, estimateAmount } of toCreate) {
      const description = `${costingPackage.name} — financing gap ${year}`;
      const columns = needColumns({ countryStepId, kind: "funding", description, estimateAmount, estimateCurrency: costing.currency, priority: "medium" });
      const need = await insertNeed(tx, actor, { ...columns, countryCode });
      await tx.insert(costingNeeds).values({ needId: need!.id, packageId, year });
      created.push({ year, needId: need!.id, estimateAmount });
    }
    const next = await countCostingChange(tx, countryCode);
    await recordAudit(tx, actor, { action: "costing.needs", entityType: packageEntity, entityId: packageId, countryCode, after: { needs: created } });
    return { countryCode, version: next, created, skipped };
  });
}
