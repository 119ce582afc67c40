/** An adviser withdraws a transaction recorded by mistake: it leaves the totals, and the history keeps it. */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { parseInput } from "@/lib/validation/parse";
import { withdrawTransactionSchema } from "@/lib/validation/support";
import { entryForChange } from "./entries";
import { normalizeAmount } from "./money";

export async function withdrawSupportTransaction(db: Database, actor: Actor, input: unknown): Promise<{ supportEntryId: string }> {
  const { id } = parseInput(withdrawTransactionSchema, input);
  return db.transaction(async (tx) => {
    const [transaction] = await tx
      .select()
      .from(supportTransactions)
      .where(and(eq(supportTransactions.id, id), isNull(supportTransactions.deletedAt)));
    if (!transaction) throw notFound();
    // Locked, as when adding one: an entry's ledger changes one transaction at a time.
    const entry = await entryForChange(tx, actor, transaction.supportEntryId, "support.write", { lock: true });
    await assertPeriodOpen(tx, entry.countryCode, transaction.occurredOn);
    await tx
      .update(supportTransactions)
      .set({ deletedAt: new Date(), deletedById: actor.userId })
      .where(eq(supportTransactions.id, id));
    await recordAudit(tx, actor, {
      action: "support.transaction.withdraw",
      entityType: "support_entry",
      entityId: entry.id,
      countryCode: entry.countryCode,
      agencyId: entry.agencyId,
      before: {
        transactionId: id,
        type: transaction.type,
        amount: normalizeAmount(transaction.amount),
        currency: transaction.currency,
        occurredOn: transaction.occurredOn,
      },
    });
    return { supportEntryId: entry.id };
  });
}
