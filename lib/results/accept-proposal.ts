/**
 * A member of the country accepts a value an adviser proposed: it joins the series. Where the period and sex
 * already have an accepted value, that value is withdrawn in the same transaction, replaced by the proposal, and
 * both changes are audited.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { acceptProposalSchema } from "@/lib/validation/results";
import { indicatorValueEntity } from "./indicator-records";
import { checkValue, valueConflictView, valueForChange, withFreeSlot } from "./value-records";

export async function acceptProposal(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryIndicatorId: string; version: number; replacedId: string | null }> {
  const { id, version } = parseInput(acceptProposalSchema, input);
  return db.transaction(async (tx) => {
    const { value: proposal, countryIndicator, indicator } = await valueForChange(tx, actor, id);
    if (proposal.version !== version) throw conflict(await valueConflictView(tx, proposal));
    if (proposal.status !== "proposed") throw invalid({}, "resultsRules.notProposal");
    // The indicator may have changed since the proposal (its unit, its breakdown by sex).
    checkValue(indicator, { value: proposal.value, sex: proposal.sex });
    const countryCode = countryIndicator.countryCode;
    const at = new Date();

    const [replaced] = await tx
      .select()
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.countryIndicatorId, countryIndicator.id),
          eq(indicatorValues.period, proposal.period),
          eq(indicatorValues.sex, proposal.sex),
          eq(indicatorValues.status, "accepted"),
          isNull(indicatorValues.deletedAt),
        ),
      )
      .for("update");
    if (replaced) {
      await tx
        .update(indicatorValues)
        .set({ deletedAt: at, deletedById: actor.userId, replacedById: proposal.id, version: replaced.version + 1, updatedAt: at })
        .where(eq(indicatorValues.id, replaced.id));
      await recordAudit(tx, actor, {
        action: "indicatorValue.replace",
        entityType: indicatorValueEntity,
        entityId: replaced.id,
        countryCode,
        before: { withdrawn: false },
        after: { withdrawn: true, replacedBy: proposal.id },
      });
    }
    await withFreeSlot(() =>
      tx
        .update(indicatorValues)
        .set({ status: "accepted", decidedById: actor.userId, decidedAt: at, version: version + 1, updatedAt: at })
        .where(eq(indicatorValues.id, id)),
    );
    await recordAudit(tx, actor, {
      action: "indicatorValue.accept",
      entityType: indicatorValueEntity,
      entityId: id,
      countryCode,
      before: { status: "proposed" },
      after: { status: "accepted", ...(replaced ? { replaces: replaced.id } : {}) },
    });
    return { id, countryCode, countryIndicatorId: countryIndicator.id, version: version + 1, replacedId: replaced?.id ?? null };
  });
}
