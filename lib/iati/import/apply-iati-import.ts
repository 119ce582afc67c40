/**
 * Applies an IATI import's dry run, all or nothing, in one transaction: the file is judged again against the data as
 * it now is, each new entry written and each entry to update changed (its version counted, `iatiImportedVersion` set
 * to it), with their new transactions and an audit entry each. Refused (CONFLICT) when the import is not ready, was
 * applied already, or the data now answers otherwise than the dry run did: the new answers are then kept as its report.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { iatiImports, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type AuditEntry, changedFields, recordAudit, recordAudits } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { lockFlowSums } from "@/lib/funding/totals/flow-sums";
import { assertCan } from "@/lib/permissions";
import { entrySnapshot } from "@/lib/support/entries";
import { parseInput } from "@/lib/validation/parse";
import { iatiImportIdSchema } from "@/lib/validation/iati-import";
import { entryValuesOf, type EntryPlan } from "./judge-activities";
import { judgeContext } from "./reader";
import { importsVisibleTo } from "./read-iati-imports";
import { judgeStoredFile } from "./read-stored-file";
import type { IatiImportReport } from "./report";

class ChangedSinceDryRun extends Error {
  constructor(readonly report: IatiImportReport) {
    super("changed since the dry run");
  }
}

async function writeTransactions(tx: Transaction, actor: Actor, entryId: string, plan: EntryPlan) {
  if (plan.newTransactions.length === 0) return;
  await tx.insert(supportTransactions).values(
    plan.newTransactions.map((transaction) => ({
      id: randomUUID(),
      supportEntryId: entryId,
      type: transaction.type,
      amount: transaction.amount,
      currency: transaction.currency,
      occurredOn: transaction.occurredOn,
      valueDate: transaction.valueDate,
      iatiReference: transaction.iatiReference,
      createdById: actor.userId,
    })),
  );
}

/** Writes one judged entry (new or update); the others are left as they are. */
async function writePlan(tx: Transaction, actor: Actor, importId: string, agencyId: string, plan: EntryPlan): Promise<AuditEntry | null> {
  const values = entryValuesOf(plan.mapped, plan.passThroughOfEntryId);
  const imported = { iatiImportId: importId, iatiIdentifier: plan.mapped.iatiIdentifier, transactionsAdded: plan.newTransactions.length };
  if (plan.report.answer === "new") {
    const id = randomUUID();
    const [row] = await tx
      .insert(supportEntries)
      .values({
        id,
        ...values,
        countryCode: plan.mapped.countryCode,
        agencyId,
        reference: plan.reference,
        iatiIdentifier: plan.mapped.iatiIdentifier,
        iatiImportedVersion: 1,
        createdById: actor.userId,
      })
      .returning();
    await writeTransactions(tx, actor, id, plan);
    return { action: "support.add", entityType: "support_entry", entityId: id, countryCode: row!.countryCode, agencyId, after: { ...entrySnapshot(row!), ...imported } };
  }
  if (plan.report.answer !== "update") return null;
  const existing = plan.existing!;
  const { technicalCategory: _kept, ...changes } = values;
  const [row] = await tx
    .update(supportEntries)
    .set({
      ...changes,
      technicalCategory: values.kind === "technical" ? (existing.technicalCategory ?? values.technicalCategory) : null,
      version: existing.version + 1,
      iatiImportedVersion: existing.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(supportEntries.id, existing.id), eq(supportEntries.version, existing.version)))
    .returning();
  // Judged inside this transaction, so only a writer that does not lock could get here; refused all the same.
  if (!row) throw new AppError("CONFLICT", "iatiImport.changedSinceDryRun");
  await writeTransactions(tx, actor, existing.id, plan);
  const { before, after } = changedFields(entrySnapshot(existing), entrySnapshot(row));
  return { action: "support.edit", entityType: "support_entry", entityId: existing.id, countryCode: existing.countryCode, agencyId, before, after: { ...after, ...imported } };
}

export async function applyIatiImport(db: Database, actor: Actor, input: unknown, options: { today?: string } = {}): Promise<{ id: string; report: IatiImportReport }> {
  const { importId } = parseInput(iatiImportIdSchema, input);
  try {
    return await db.transaction(async (tx) => {
      // Another agency's import is not found, as it is not in the list: its existence is not told.
      const [row] = await tx.select().from(iatiImports).where(and(eq(iatiImports.id, importId), importsVisibleTo(actor))).for("update");
      if (!row) throw notFound();
      assertCan(actor, "support.importIati", { agencyId: row.agencyId });
      if (row.appliedAt || row.state === "applied") throw new AppError("CONFLICT", "iatiImport.alreadyApplied");
      if (row.state !== "ready") throw new AppError("CONFLICT", "iatiImport.notReady");
      const seen = row.report as IatiImportReport;
      // The file's entries are written one after another, country after country: their countries' flow-sums locks
      // first, all at once, as the dry run named them (a country it did not name changes the fingerprint, and then
      // nothing is kept).
      await lockFlowSums(tx, seen.activities.flatMap((activity) => activity.entries.map((entry) => entry.countryCode)));
      const context = await judgeContext(tx, { agencyId: row.agencyId, sectorCodes: row.sectorCodes, today: options.today });
      const audits: AuditEntry[] = [];
      const report = await judgeStoredFile(tx, context, row.fileId, {
        onBatch: async (batch) => {
          for (const plan of batch.plans) {
            const audit = await writePlan(tx, actor, row.id, row.agencyId, plan);
            if (audit) audits.push(audit);
          }
        },
      });
      if (report.fingerprint !== seen.fingerprint) throw new ChangedSinceDryRun(report);
      await recordAudits(tx, actor, audits);
      await tx.update(iatiImports).set({ state: "applied", report, appliedAt: new Date(), appliedById: actor.userId, updatedAt: new Date() }).where(eq(iatiImports.id, row.id));
      await recordAudit(tx, actor, { action: "iatiImport.apply", entityType: "iati_import", entityId: row.id, agencyId: row.agencyId, after: { ...report.entryCounts } });
      return { id: row.id, report };
    });
  } catch (error) {
    if (!(error instanceof ChangedSinceDryRun)) throw error;
    // Nothing was written; the import now shows what applying would do.
    await db.update(iatiImports).set({ report: error.report, updatedAt: new Date() }).where(and(eq(iatiImports.id, importId), eq(iatiImports.state, "ready")));
    throw new AppError("CONFLICT", "iatiImport.changedSinceDryRun", { current: { report: error.report } });
  }
}
