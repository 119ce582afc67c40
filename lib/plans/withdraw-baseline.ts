/**
 * Withdraws a baseline, with a reason (kept in its history: the table has no column for it): it is no longer offered
 * for comparison, its name is free again, and it can be restored.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { planBaselines } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawPlanRecordSchema } from "@/lib/validation/plans";
import { baselineConflictView, baselineForChange, planBaselineEntity } from "./plan-records";
import type { BaselineWritten } from "./save-baseline";

export async function withdrawBaseline(db: Database, actor: Actor, input: unknown): Promise<BaselineWritten> {
  const { id, version, reason } = parseInput(withdrawPlanRecordSchema, input);
  return db.transaction(async (tx) => {
    const baseline = await baselineForChange(tx, actor, id);
    if (baseline.version !== version) throw conflict(await baselineConflictView(tx, baseline));
    const at = new Date();
    await tx
      .update(planBaselines)
      .set({ deletedAt: at, deletedById: actor.userId, version: version + 1, updatedAt: at })
      .where(eq(planBaselines.id, id));
    await recordAudit(tx, actor, {
      action: "planBaseline.withdraw",
      entityType: planBaselineEntity,
      entityId: id,
      countryCode: baseline.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: baseline.countryCode, version: version + 1 };
  });
}
