/**
 * An adviser records a pledge, commitment, disbursement or spending on a financial entry, in the entry's
 * currency. One that makes disbursed exceed committed, or spent exceed disbursed, needs a confirmation note.
 */
import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/db/engine";
import { supportTransactions, type transactionTypes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { parseInput } from "@/lib/validation/parse";
import { addTransactionSchema } from "@/lib/validation/support";
import { entryForChange, type SupportEntryRow } from "./entries";
import { emptyLedger, ledgersOf, overrunMessage } from "./ledger";
import { normalizeAmount } from "./money";

export async function addSupportTransaction(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const transaction = parseInput(addTransactionSchema, input);
  return db.transaction(async (tx) => {
    // Locked: two transactions at once must not each pass the overrun check on a ledger without the other.
    const entry = await entryForChange(tx, actor, transaction.supportEntryId, "support.write", { lock: true });
    return recordTransaction(tx, actor, entry, transaction);
  });
}

type TransactionValues = { type: (typeof transactionTypes)[number]; amount: string; occurredOn: string; confirmationNote?: string };

/**
 * Writes one transaction on an entry the caller holds for change (locked, or made in the same database
 * transaction), with its audit entry; a financial entry only, and a note where the flow runs over.
 */
export async function recordTransaction(tx: Transaction, actor: Actor, entry: SupportEntryRow, transaction: TransactionValues): Promise<{ id: string }> {
  if (entry.kind !== "financial" || !entry.currency) throw invalid({ type: "support.transactionOnTechnical" });
  // A transaction is what a report of its period says was given (decision 2010).
  await assertPeriodOpen(tx, entry.countryCode, transaction.occurredOn);
  const id = randomUUID();
  await tx.insert(supportTransactions).values({
    id,
    supportEntryId: entry.id,
    type: transaction.type,
    amount: transaction.amount,
    currency: entry.currency,
    occurredOn: transaction.occurredOn,
    valueDate: transaction.occurredOn,
    confirmationNote: transaction.confirmationNote ?? null,
    createdById: actor.userId,
  });
  const ledger = (await ledgersOf(tx, [entry.id])).get(entry.id) ?? emptyLedger(entry.id);
  const overrun = overrunMessage(transaction.type, ledger);
  // Throwing here rolls the insert back: nothing is written without the note.
  if (overrun && !transaction.confirmationNote) throw invalid({ confirmationNote: overrun });
  await recordAudit(tx, actor, {
    action: "support.transaction.add",
    entityType: "support_entry",
    entityId: entry.id,
    countryCode: entry.countryCode,
    agencyId: entry.agencyId,
    after: {
      transactionId: id,
      type: transaction.type,
      amount: normalizeAmount(transaction.amount),
      currency: entry.currency,
      occurredOn: transaction.occurredOn,
      ...(transaction.confirmationNote ? { confirmationNote: transaction.confirmationNote } : {}),
    },
  });
  return { id };
}
