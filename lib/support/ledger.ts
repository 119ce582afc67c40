/** The flow of financial entries, summed in SQL per entry: pledged, committed, disbursed, spent, and what runs over. */
import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportTransactions } from "@/db/schema";
import type { LibMessage } from "@/lib/i18n/message-key";

export type Ledger = {
  supportEntryId: string;
  pledged: string;
  committed: string;
  disbursed: string;
  spent: string;
  /** Disbursed exceeds committed. */
  disbursedOverCommitted: boolean;
  /** Spent exceeds disbursed. */
  spentOverDisbursed: boolean;
};

const total = (type: string) =>
  sql<string>`coalesce(sum(${supportTransactions.amount}) filter (where ${supportTransactions.type} = ${type}), 0)`;

export async function ledgersOf(db: Queryable, supportEntryIds: string[]): Promise<Map<string, Ledger>> {
  if (supportEntryIds.length === 0) return new Map();
  const rows = await db
    .select({
      supportEntryId: supportTransactions.supportEntryId,
      pledged: total("pledged"),
      committed: total("committed"),
      disbursed: total("disbursed"),
      spent: total("spent"),
      disbursedOverCommitted: sql<boolean>`${total("disbursed")} > ${total("committed")}`,
      spentOverDisbursed: sql<boolean>`${total("spent")} > ${total("disbursed")}`,
    })
    .from(supportTransactions)
    .where(and(inArray(supportTransactions.supportEntryId, supportEntryIds), isNull(supportTransactions.deletedAt)))
    .groupBy(supportTransactions.supportEntryId);
  return new Map(rows.map((row) => [row.supportEntryId, row]));
}

export const emptyLedger = (supportEntryId: string): Ledger => ({
  supportEntryId,
  pledged: "0",
  committed: "0",
  disbursed: "0",
  spent: "0",
  disbursedOverCommitted: false,
  spentOverDisbursed: false,
});

/**
 * The message a transaction of this type needs a confirmation note for, if it leaves the ledger running over
 * (checked after the transaction is written, inside its database transaction); null when all is in order.
 */
export function overrunMessage(type: string, ledger: Ledger): LibMessage | null {
  if (type === "disbursed" && ledger.disbursedOverCommitted) return "support.confirmDisbursedOverCommitted";
  if (type === "spent" && ledger.spentOverDisbursed) return "support.confirmSpentOverDisbursed";
  return null;
}
