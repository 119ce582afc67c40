/** An adviser edits one of their agency's entries; a save based on an older version gets CONFLICT with the newer one. */
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { editSupportEntrySchema } from "@/lib/validation/support";
import { checkStepOfCountry, entryColumns, entryForChange, entryFormValues, entrySnapshot, fundingColumns, isUniqueViolation } from "./entries";
import { checkFundingOf } from "./funding-source";

export async function editSupportEntry(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, ...changes } = parseInput(editSupportEntrySchema, input);
  try {
    return await db.transaction(async (tx) => {
      const entry = await entryForChange(tx, actor, id);
      if (entry.version !== version) throw conflict(entryFormValues(entry));
      await checkStepOfCountry(tx, entry.countryCode, changes.countryStepId);
      await checkFundingOf(tx, { id, countryCode: entry.countryCode, agencyId: entry.agencyId, kind: changes.kind, ...fundingColumns(changes) });
      const financial = changes.kind === "financial";
      if (entry.kind === "financial" && (!financial || changes.currency !== entry.currency)) {
        // Transactions are in the entry's currency: changing it (or the kind) would mislabel them.
        const [transaction] = await tx
          .select({ id: supportTransactions.id })
          .from(supportTransactions)
          .where(and(eq(supportTransactions.supportEntryId, id), isNull(supportTransactions.deletedAt)))
          .limit(1);
        if (transaction) throw invalid(financial ? { currency: "support.currencyLocked" } : { kind: "support.kindLocked" });
      }
      if (changes.reference && changes.reference !== entry.reference) {
        const [taken] = await tx
          .select({ id: supportEntries.id })
          .from(supportEntries)
          .where(and(eq(supportEntries.agencyId, entry.agencyId), eq(supportEntries.reference, changes.reference), ne(supportEntries.id, id)));
        if (taken) throw invalid({ reference: "support.referenceTaken" });
      }
      const [updated] = await tx
        .update(supportEntries)
        .set({
          ...entryColumns(changes),
          reference: changes.reference ?? entry.reference,
          version: version + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(supportEntries.id, id), eq(supportEntries.version, version)))
        .returning();
      if (!updated) throw conflict(entryFormValues((await entryForChange(tx, actor, id)) ?? entry));
      await recordAudit(tx, actor, {
        action: "support.edit",
        entityType: "support_entry",
        entityId: id,
        countryCode: entry.countryCode,
        agencyId: entry.agencyId,
        ...changedFields(entrySnapshot(entry), entrySnapshot(updated)),
      });
      return { id, version: updated.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ reference: "support.referenceTaken" });
    throw error;
  }
}
