/** An adviser withdraws one of their agency's entries: it leaves lists and totals but stays, with its history. */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { withdrawSchema } from "@/lib/validation/support";
import { entryForChange, entryFormValues } from "./entries";

export async function withdrawSupportEntry(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { id, version, reason } = parseInput(withdrawSchema, input);
  await db.transaction(async (tx) => {
    const entry = await entryForChange(tx, actor, id);
    if (entry.version !== version) throw conflict(entryFormValues(entry));
    const at = new Date();
    const [updated] = await tx
      .update(supportEntries)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(and(eq(supportEntries.id, id), eq(supportEntries.version, version)))
      .returning({ id: supportEntries.id });
    if (!updated) throw conflict(entryFormValues(entry));
    await recordAudit(tx, actor, {
      action: "support.withdraw",
      entityType: "support_entry",
      entityId: id,
      countryCode: entry.countryCode,
      agencyId: entry.agencyId,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
  });
}
