/**
 * Corrects an indicator a country follows: its baseline, targets, links, or who reads it. A save based on an older
 * version is refused with the followed indicator as it now stands (CONFLICT), never written over it.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryIndicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editCountryIndicatorSchema } from "@/lib/validation/results";
import {
  checkFollowFigures,
  checkLinks,
  countryIndicatorColumns,
  countryIndicatorConflictView,
  countryIndicatorForChange,
  countryIndicatorSnapshot,
  linksOf,
  sortedLinks,
  writeLinks,
} from "./country-indicator-records";
import { countryIndicatorEntity } from "./indicator-records";

export async function editCountryIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, sharingLevel, countryStepIds, schemeIds, recommendationIds, ...fields } = parseInput(editCountryIndicatorSchema, input);
  return db.transaction(async (tx) => {
    const { countryIndicator, indicator } = await countryIndicatorForChange(tx, actor, id);
    if (countryIndicator.version !== version) throw conflict(await countryIndicatorConflictView(tx, countryIndicator));
    const result = { id, countryCode: countryIndicator.countryCode };
    checkFollowFigures(indicator, fields);
    const links = sortedLinks({ countryStepIds, schemeIds, recommendationIds });
    await checkLinks(tx, countryIndicator.countryCode, links);
    const after = { ...countryIndicatorColumns(fields), sharingLevel: sharingLevel ?? countryIndicator.sharingLevel };
    const changes = changedFields(
      countryIndicatorSnapshot(countryIndicator, await linksOf(tx, id)),
      countryIndicatorSnapshot({ ...countryIndicator, ...after }, links),
    );
    // Saving what is already there writes nothing: no new version, no empty history entry.
    if (Object.keys(changes.after).length === 0) return { ...result, version };
    await tx
      .update(countryIndicators)
      .set({ ...after, version: version + 1, updatedAt: new Date() })
      .where(eq(countryIndicators.id, id));
    await writeLinks(tx, id, links);
    await recordAudit(tx, actor, { action: "countryIndicator.edit", entityType: countryIndicatorEntity, entityId: id, countryCode: countryIndicator.countryCode, ...changes });
    return { ...result, version: version + 1 };
  });
}
