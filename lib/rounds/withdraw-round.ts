/**
 * A coordinator withdraws a round opened by mistake, with a reason: it leaves the lists, its reports stay with
 * their history, and it locks no period while withdrawn (decision 2010). It can be restored.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { withdrawRoundSchema } from "@/lib/validation/rounds";
import { roundConflictView, roundEntity, roundForChange } from "./round-records";

export async function withdrawRound(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, reason } = parseInput(withdrawRoundSchema, input);
  assertCan(actor, "round.manage");
  return db.transaction(async (tx) => {
    const round = await roundForChange(tx, id);
    if (round.version !== version) throw conflict(await roundConflictView(tx, round));
    const at = new Date();
    await tx
      .update(reportingRounds)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(reportingRounds.id, id));
    await recordAudit(tx, actor, { action: "round.withdraw", entityType: roundEntity, entityId: id, before: { withdrawn: false }, after: { withdrawn: true, reason } });
    return { id, version: version + 1 };
  });
}
