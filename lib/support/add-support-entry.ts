/**
 * An adviser (or a coordinator) adds a support entry given by their agency to a country, usually for one key step;
 * a financial entry may record its amount at once as pledged or committed, its first transaction, in the same
 * database transaction (so it never counts as nothing in the meantime).
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/db/engine";
import { supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { lockFlowSums } from "@/lib/funding/totals/flow-sums";
import { noticeOfSupport } from "@/lib/notifications/support-notices";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { addSupportEntrySchema } from "@/lib/validation/support";
import { checkCountryAndAgency, checkStepOfCountry, defaultReference, entryColumns, entrySnapshot, fundingColumns, isUniqueViolation } from "./entries";
import { checkFundingOf } from "./funding-source";
import { recordTransaction } from "./add-support-transaction";
import { linkEntryToNeed } from "./need-links";

export async function addSupportEntry(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const { answersNeedId, firstTransactionType, firstTransactionOn, ...entry } = parseInput(addSupportEntrySchema, input);
  assertCan(actor, "support.write", { countryCode: entry.countryCode, agencyId: entry.agencyId });
  const id = randomUUID();
  try {
    return await db.transaction(async (tx) => {
      await checkCountryAndAgency(tx, entry.countryCode, entry.agencyId);
      await checkStepOfCountry(tx, entry.countryCode, entry.countryStepId);
      // The country's flow-sums lock before the giver's row and the figures the entry adds to (decision 2560).
      await lockFlowSums(tx, [entry.countryCode]);
      await checkFundingOf(tx, { ...entry, ...fundingColumns(entry) });
      const [row] = await tx
        .insert(supportEntries)
        .values({
          id,
          ...entryColumns(entry),
          countryCode: entry.countryCode,
          agencyId: entry.agencyId,
          reference: entry.reference ?? defaultReference(id),
          createdById: actor.userId,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: "support.add",
        entityType: "support_entry",
        entityId: id,
        countryCode: row!.countryCode,
        agencyId: row!.agencyId,
        after: entrySnapshot(row!),
      });
      if (firstTransactionType && firstTransactionOn && row!.amount !== null) {
        await recordTransaction(tx, actor, row!, { type: firstTransactionType, amount: row!.amount, occurredOn: firstTransactionOn });
      }
      await noticeOfSupport(tx, actor, row!);
      if (answersNeedId) await linkEntryToNeed(tx, actor, row!, answersNeedId);
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ reference: "support.referenceTaken" });
    throw error;
  }
}
