/** A coordinator brings a withdrawn round back, with its countries and reports as they were. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { restoreRoundSchema } from "@/lib/validation/rounds";
import { roundConflictView, roundEntity, roundForChange } from "./round-records";

export async function restoreRound(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version } = parseInput(restoreRoundSchema, input);
  assertCan(actor, "round.manage");
  return db.transaction(async (tx) => {
    const round = await roundForChange(tx, id, { withdrawn: true });
    if (round.version !== version) throw conflict(await roundConflictView(tx, round));
    if (!round.deletedAt) return { id, version };
    await tx
      .update(reportingRounds)
      .set({ deletedAt: null, deletedById: null, withdrawalReason: null, version: version + 1, updatedAt: new Date() })
      .where(eq(reportingRounds.id, id));
    await recordAudit(tx, actor, { action: "round.restore", entityType: roundEntity, entityId: id, before: { withdrawn: true }, after: { withdrawn: false } });
    return { id, version: version + 1 };
  });
}
