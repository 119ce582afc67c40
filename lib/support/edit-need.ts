/** A working group edits one of its needs; a save based on an older version gets CONFLICT with the newer one. */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editNeedSchema } from "@/lib/validation/support";
import { checkStepOfCountry } from "./entries";
import { needColumns, needForChange, needFormValues, needSnapshot } from "./needs";

export async function editNeed(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number; countryCode: string }> {
  const { id, version, ...changes } = parseInput(editNeedSchema, input);
  return db.transaction(async (tx) => {
    const need = await needForChange(tx, actor, id);
    if (need.version !== version) throw conflict(needFormValues(need));
    await checkStepOfCountry(tx, need.countryCode, changes.countryStepId);
    const [updated] = await tx
      .update(supportNeeds)
      .set({
        ...needColumns(changes),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(supportNeeds.id, id), eq(supportNeeds.version, version)))
      .returning();
    if (!updated) throw conflict(needFormValues(await needForChange(tx, actor, id)));
    await recordAudit(tx, actor, {
      action: "need.edit",
      entityType: "support_need",
      entityId: id,
      countryCode: need.countryCode,
      ...changedFields(needSnapshot(need), needSnapshot(updated)),
    });
    return { id, version: updated.version, countryCode: need.countryCode };
  });
}
