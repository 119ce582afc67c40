/**
 * Corrects a scheme of the inventory, or changes who may read it; a save based on an older version is refused
 * with the scheme as it now stands (CONFLICT), never written over it.
 */
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editSchemeSchema, type EditSchemeValues } from "@/lib/validation/schemes";
import { type SchemeRow, type SchemeWriteOptions, schemeColumns, schemeConflictView, schemeEntity, schemeForChange, schemeSnapshot } from "./scheme-records";

type Edited = { id: string; countryCode: string; version: number };

export async function editScheme(db: Database, actor: Actor, input: unknown): Promise<Edited> {
  const values = parseInput(editSchemeSchema, input);
  return db.transaction((tx) => updateScheme(tx, actor, values));
}

/** What an edit would change: the columns to write, and the audit's before and after of the fields that differ (none: nothing to save). */
export function schemeChanges(scheme: SchemeRow, values: Omit<EditSchemeValues, "id" | "version">) {
  const { sharingLevel, ...fields } = values;
  const after = { ...schemeColumns(fields), sharingLevel: sharingLevel ?? scheme.sharingLevel };
  return { after, changes: changedFields(schemeSnapshot(scheme), schemeSnapshot({ ...scheme, ...after })) };
}

/** Writes an edit checked by `editSchemeSchema` in the caller's transaction: the row locked and the permission asserted, the version checked, the audit entry. */
export async function updateScheme(tx: Transaction, actor: Actor, values: EditSchemeValues, options: SchemeWriteOptions = {}): Promise<Edited> {
  const { id, version, ...edited } = values;
  const scheme = await schemeForChange(tx, actor, id);
  if (scheme.version !== version) throw conflict(await schemeConflictView(tx, scheme));
  const { after, changes } = schemeChanges(scheme, edited);
  const result = { id, countryCode: scheme.countryCode };
  // Saving what is already there writes nothing: no new version, no empty history entry.
  if (Object.keys(changes.after).length === 0) return { ...result, version };
  await tx
    .update(schemes)
    .set({ ...after, version: version + 1, updatedAt: new Date() })
    .where(eq(schemes.id, id));
  const audit = options.fromImport ? { ...changes, after: { ...changes.after, import: true } } : changes;
  await recordAudit(tx, actor, { action: "scheme.edit", entityType: schemeEntity, entityId: id, countryCode: scheme.countryCode, ...audit });
  return { ...result, version: version + 1 };
}
