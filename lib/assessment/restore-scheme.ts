/**
 * Brings a withdrawn scheme back into the inventory. Restoring one that is already back changes nothing; a restore
 * based on an older version (someone changed it since) is refused with the scheme as it stands.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { restoreSchemeSchema } from "@/lib/validation/schemes";
import { schemeConflictView, schemeEntity, schemeForChange } from "./scheme-records";

export async function restoreScheme(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version } = parseInput(restoreSchemeSchema, input);
  return db.transaction(async (tx) => {
    const scheme = await schemeForChange(tx, actor, id, { state: "any" });
    if (scheme.version !== version) throw conflict(await schemeConflictView(tx, scheme));
    const result = { id, countryCode: scheme.countryCode };
    if (scheme.deletedAt === null) return { ...result, version };
    await tx
      .update(schemes)
      .set({ deletedAt: null, deletedById: null, withdrawalReason: null, version: version + 1, updatedAt: new Date() })
      .where(eq(schemes.id, id));
    await recordAudit(tx, actor, {
      action: "scheme.restore",
      entityType: schemeEntity,
      entityId: id,
      countryCode: scheme.countryCode,
      before: { withdrawn: true, reason: scheme.withdrawalReason },
      after: { withdrawn: false },
    });
    return { ...result, version: version + 1 };
  });
}
