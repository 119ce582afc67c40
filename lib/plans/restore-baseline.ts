/** Brings a withdrawn baseline back, unless a live baseline of the country has taken its name since (INVALID on the name). */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { planBaselines } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restorePlanRecordSchema } from "@/lib/validation/plans";
import { baselineConflictView, baselineForChange, planBaselineEntity, withUniqueBaselineName } from "./plan-records";
import type { BaselineWritten } from "./save-baseline";

export async function restoreBaseline(db: Database, actor: Actor, input: unknown): Promise<BaselineWritten> {
  const { id, version } = parseInput(restorePlanRecordSchema, input);
  return db.transaction(async (tx) => {
    const baseline = await baselineForChange(tx, actor, id, { state: "any" });
    if (baseline.version !== version) throw conflict(await baselineConflictView(tx, baseline));
    if (baseline.deletedAt === null) return { id, countryCode: baseline.countryCode, version };
    await withUniqueBaselineName(() =>
      tx
        .update(planBaselines)
        .set({ deletedAt: null, deletedById: null, version: version + 1, updatedAt: new Date() })
        .where(eq(planBaselines.id, id)),
    );
    await recordAudit(tx, actor, {
      action: "planBaseline.restore",
      entityType: planBaselineEntity,
      entityId: id,
      countryCode: baseline.countryCode,
      before: { withdrawn: true },
      after: { withdrawn: false },
    });
    return { id, countryCode: baseline.countryCode, version: version + 1 };
  });
}
