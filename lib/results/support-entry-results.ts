/**
 * The indicators a support entry works towards (the IATI export's `<result>`s): linked, with what the work does for
 * each, by whoever may write the entry, to an indicator the entry's country follows that they may read; unlinked
 * the same way. Each change locks the entry and writes its audit entry in the same transaction.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { countryIndicators, indicators, supportEntryIndicators, type LocalizedText } from "@/db/schema";
import type { SupportResultType } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { entryForChange } from "@/lib/support/entries";
import { parseInput } from "@/lib/validation/parse";
import { linkSupportEntryIndicatorSchema, unlinkSupportEntryIndicatorSchema } from "@/lib/validation/results";
import { countryIndicatorVisibleTo } from "@/lib/sharing/visibility";

export type SupportEntryIndicator = { countryIndicatorId: string; code: string; name: LocalizedText; resultType: SupportResultType | null };

export async function linkSupportEntryIndicator(db: Database, actor: Actor, input: unknown): Promise<{ supportEntryId: string; countryCode: string }> {
  const { supportEntryId, countryIndicatorId, resultType } = parseInput(linkSupportEntryIndicatorSchema, input);
  return db.transaction(async (tx) => {
    const entry = await entryForChange(tx, actor, supportEntryId, "support.write", { lock: true });
    const [followed] = await tx
      .select({ id: countryIndicators.id })
      .from(countryIndicators)
      .where(and(eq(countryIndicators.id, countryIndicatorId), eq(countryIndicators.countryCode, entry.countryCode), isNull(countryIndicators.deletedAt), countryIndicatorVisibleTo(actor)));
    // Another country's, withdrawn or kept from the writer: one answer, so nothing is learnt of it.
    if (!followed) throw invalid({ countryIndicatorId: "resultsRules.indicatorUnknown" });
    const [before] = await tx
      .select({ resultType: supportEntryIndicators.resultType })
      .from(supportEntryIndicators)
      .where(and(eq(supportEntryIndicators.supportEntryId, supportEntryId), eq(supportEntryIndicators.countryIndicatorId, countryIndicatorId)));
    const result = { supportEntryId, countryCode: entry.countryCode };
    if (before?.resultType === resultType) return result;
    await tx
      .insert(supportEntryIndicators)
      .values({ supportEntryId, countryIndicatorId, resultType, createdById: actor.userId })
      .onConflictDoUpdate({ target: [supportEntryIndicators.supportEntryId, supportEntryIndicators.countryIndicatorId], set: { resultType } });
    await recordAudit(tx, actor, {
      action: "supportEntry.linkIndicator",
      entityType: "support_entry",
      entityId: supportEntryId,
      countryCode: entry.countryCode,
      agencyId: entry.agencyId,
      before: before ? { countryIndicatorId, resultType: before.resultType } : null,
      after: { countryIndicatorId, resultType },
    });
    return result;
  });
}

export async function unlinkSupportEntryIndicator(db: Database, actor: Actor, input: unknown): Promise<{ supportEntryId: string; countryCode: string }> {
  const { supportEntryId, countryIndicatorId } = parseInput(unlinkSupportEntryIndicatorSchema, input);
  return db.transaction(async (tx) => {
    const entry = await entryForChange(tx, actor, supportEntryId, "support.write", { lock: true });
    const removed = await tx
      .delete(supportEntryIndicators)
      .where(and(eq(supportEntryIndicators.supportEntryId, supportEntryId), eq(supportEntryIndicators.countryIndicatorId, countryIndicatorId)))
      .returning({ resultType: supportEntryIndicators.resultType });
    if (removed.length > 0) {
      await recordAudit(tx, actor, {
        action: "supportEntry.unlinkIndicator",
        entityType: "support_entry",
        entityId: supportEntryId,
        countryCode: entry.countryCode,
        agencyId: entry.agencyId,
        before: { countryIndicatorId, resultType: removed[0]!.resultType },
        after: null,
      });
    }
    return { supportEntryId, countryCode: entry.countryCode };
  });
}

/**
 * For the entry's edit page: the live indicators its country follows that the reader may read, each with the result
 * type it is linked with (null when not linked). Empty for a reader who may not write the entry.
 */
export async function listSupportEntryIndicators(db: Queryable, actor: Actor, entry: { id: string; countryCode: string; agencyId: string }): Promise<SupportEntryIndicator[]> {
  if (!can(actor, "support.write", { countryCode: entry.countryCode, agencyId: entry.agencyId })) return [];
  return db
    .select({ countryIndicatorId: countryIndicators.id, code: indicators.code, name: indicators.name, resultType: supportEntryIndicators.resultType })
    .from(countryIndicators)
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .leftJoin(supportEntryIndicators, and(eq(supportEntryIndicators.countryIndicatorId, countryIndicators.id), eq(supportEntryIndicators.supportEntryId, entry.id)))
    .where(and(eq(countryIndicators.countryCode, entry.countryCode), isNull(countryIndicators.deletedAt), countryIndicatorVisibleTo(actor)))
    .orderBy(sql`case ${indicators.family} when 'sdg_1_3_1' then 1 when 'spf_flagship' then 2 else 3 end`, asc(indicators.code));
}
