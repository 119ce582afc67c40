/**
 * Corrects a recorded value: its period, sex, figure, source, note or evidence. A save based on an older version is
 * refused with the value as it now stands (CONFLICT), never written over it; a proposal is decided, not corrected.
 */
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { editValueSchema, type ValueFields } from "@/lib/validation/results";
import { indicatorValueEntity } from "./indicator-records";
import { checkValue, type ValueContext, valueColumns, valueConflictView, valueForChange, valueSnapshot, withFreeSlot } from "./value-records";

type Edited = { id: string; countryCode: string; countryIndicatorId: string; version: number };

export async function editIndicatorValue(db: Database, actor: Actor, input: unknown): Promise<Edited> {
  const { id, version, ...fields } = parseInput(editValueSchema, input);
  return db.transaction(async (tx) => {
    const context = await valueForChange(tx, actor, id);
    if (context.value.version !== version) throw conflict(await valueConflictView(tx, context.value));
    return updateIndicatorValue(tx, actor, context, fields);
  });
}

/**
 * Writes an edit of an accepted value (loaded by `valueForChange`, its version checked) in the caller's
 * transaction: the figure checked, the row, the audit entry of the fields that changed. An importer passes the
 * observation flag its file gives and `fromImport`, which asserts `results.import`.
 */
export async function updateIndicatorValue(
  tx: Transaction,
  actor: Actor,
  { value, countryIndicator, indicator }: ValueContext,
  fields: ValueFields,
  { fromImport = false, obsStatus }: { fromImport?: boolean; obsStatus?: string | null } = {},
): Promise<Edited> {
  assertCan(actor, fromImport ? "results.import" : "results.write", { countryCode: countryIndicator.countryCode });
  if (value.status !== "accepted") throw invalid({}, "resultsRules.notAccepted");
  checkValue(indicator, fields);
  const after = { ...valueColumns(fields), ...(obsStatus !== undefined ? { obsStatus } : {}) };
  const changes = changedFields(valueSnapshot(value), valueSnapshot({ ...value, ...after }));
  const result = { id: value.id, countryCode: countryIndicator.countryCode, countryIndicatorId: countryIndicator.id };
  // Saving what is already there writes nothing: no new version, no empty history entry.
  if (Object.keys(changes.after).length === 0) return { ...result, version: value.version };
  await withFreeSlot(() =>
    tx
      .update(indicatorValues)
      .set({ ...after, version: value.version + 1, updatedAt: new Date() })
      .where(eq(indicatorValues.id, value.id)),
  );
  const audit = fromImport ? { ...changes, after: { ...changes.after, import: true } } : changes;
  await recordAudit(tx, actor, { action: "indicatorValue.edit", entityType: indicatorValueEntity, entityId: value.id, countryCode: countryIndicator.countryCode, ...audit });
  return { ...result, version: value.version + 1 };
}
