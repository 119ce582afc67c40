/**
 * Corrects a scheme of the inventory, or changes who may read it; a save based on an older version is refused
 * with the scheme as it now stands (CONFLICT), never written over it.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editSchemeSchema } from "@/lib/validation/schemes";
import { schemeColumns, schemeConflictView, schemeEntity, schemeForChange, schemeSnapshot } from "./scheme-records";

export async function editScheme(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, sharingLevel, ...fields } = parseInput(editSchemeSchema, input);
  return db.transaction(async (tx) => {
    const scheme = await schemeForChange(tx, actor, id);
    if (scheme.version !== version) throw conflict(await schemeConflictView(tx, scheme));
    const after = { ...schemeColumns(fields), sharingLevel: sharingLevel ?? scheme.sharingLevel };
    const changes = changedFields(schemeSnapshot(scheme), schemeSnapshot({ ...scheme, ...after }));
    const result = { id, countryCode: scheme.countryCode };
    // Saving what is already there writes nothing: no new version, no empty history entry.
    if (Object.keys(changes.after).length === 0) return { ...result, version };
    await tx
      .update(schemes)
      .set({ ...after, version: version + 1, updatedAt: new Date() })
      .where(eq(schemes.id, id));
    await recordAudit(tx, actor, { action: "scheme.edit", entityType: schemeEntity, entityId: id, countryCode: scheme.countryCode, ...changes });
    return { ...result, version: version + 1 };
  });
}
