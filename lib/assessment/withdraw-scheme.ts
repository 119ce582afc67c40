/** Withdraws a scheme, with a reason: it leaves the inventory, exports and search, and stays with its history to be restored. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawSchemeSchema } from "@/lib/validation/schemes";
import { schemeConflictView, schemeEntity, schemeForChange } from "./scheme-records";

export async function withdrawScheme(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, version, reason } = parseInput(withdrawSchemeSchema, input);
  return db.transaction(async (tx) => {
    const scheme = await schemeForChange(tx, actor, id);
    if (scheme.version !== version) throw conflict(await schemeConflictView(tx, scheme));
    const at = new Date();
    await tx
      .update(schemes)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(schemes.id, id));
    await recordAudit(tx, actor, {
      action: "scheme.withdraw",
      entityType: schemeEntity,
      entityId: id,
      countryCode: scheme.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: scheme.countryCode, version: version + 1 };
  });
}
