/**
 * Sets a country's costing frame: its base year, horizon (at most 15 years on), currency and the source of its
 * population figures. The first frame writes the costing; a later one names the version it changes. Years outside
 * a new frame stay stored and out of the model until the frame takes them in again.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { checkCountry } from "@/lib/assessment/scheme-records";
import { costingFrameSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { costingEntity, countCostingChange, lockCosting } from "./records";

export async function setCostingFrame(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; version: number }> {
  const { countryCode, version, ...frame } = parseInput(costingFrameSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    await checkCountry(tx, countryCode);
    const costing = await lockCosting(tx, actor, countryCode);
    if ((costing?.version ?? 0) !== version) {
      throw new AppError("CONFLICT", "costingRules.changedSinceSeen", { current: { kind: "costing", version: costing?.version ?? 0 } });
    }
    if (!costing) {
      await tx.insert(costings).values({ countryCode, ...frame, createdById: actor.userId });
      await recordAudit(tx, actor, { action: "costing.frame", entityType: costingEntity, entityId: countryCode, countryCode, after: frame });
      return { countryCode, version: 1 };
    }
    const before = { baseYear: costing.baseYear, horizonYear: costing.horizonYear, currency: costing.currency, populationSource: costing.populationSource };
    const changed = changedFields(before, frame);
    if (Object.keys(changed.after).length === 0) return { countryCode, version: costing.version };
    await tx.update(costings).set(frame).where(eq(costings.countryCode, countryCode));
    const next = await countCostingChange(tx, countryCode);
    await recordAudit(tx, actor, { action: "costing.frame", entityType: costingEntity, entityId: countryCode, countryCode, ...changed });
    return { countryCode, version: next };
  });
}
