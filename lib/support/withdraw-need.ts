/** A working group withdraws a need that no longer applies; it leaves the gap but stays, with its history. */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawNeedSchema } from "@/lib/validation/support";
import { needForChange, needFormValues } from "./needs";

export async function withdrawNeed(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string }> {
  const { id, version } = parseInput(withdrawNeedSchema, input);
  return db.transaction(async (tx) => {
    const need = await needForChange(tx, actor, id);
    if (need.version !== version) throw conflict(needFormValues(need));
    const at = new Date();
    const [updated] = await tx
      .update(supportNeeds)
      .set({ deletedAt: at, deletedById: actor.userId, version: version + 1, updatedAt: at })
      .where(and(eq(supportNeeds.id, id), eq(supportNeeds.version, version)))
      .returning({ id: supportNeeds.id });
    if (!updated) throw conflict(needFormValues(need));
    await recordAudit(tx, actor, {
      action: "need.withdraw",
      entityType: "support_need",
      entityId: id,
      countryCode: need.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true },
    });
    return { countryCode: need.countryCode };
  });
}
