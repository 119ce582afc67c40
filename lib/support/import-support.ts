/**
 * The bulk import of support entries and transactions. Checking a file stores it and runs a dry run: the whole
 * import inside a database transaction that is then rolled back, so the report (add, update or skip for every
 * row, errors by row and column) is exactly what applying would do. Applying runs it again on the data as it
 * then is, in one transaction: all rows or none.
 */
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { supportEntries, supportImports, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type AuditEntry, recordAudit, recordAudits } from "@/lib/audit";
import { AppError, invalid } from "@/lib/errors";
import type { ImportFormat } from "@/lib/imports/read-import-file";
import { claimImport, findOwnImport, storedImportBytes, storeImportFile, transactionKeptIf } from "@/lib/imports/stored-import";
import { assertCanSomewhere } from "@/lib/permissions";
import { lockFlowSums } from "@/lib/funding/totals/flow-sums";
import { noticeOfImportedSupport } from "@/lib/notifications/support-notices";
import { entryColumns } from "./entries";
import { checkFundingOf } from "./funding-source";
import type { ExchangeColumn } from "./exchange-format";
import { ledgersOf, overrunMessage } from "./ledger";
import { normalizeAmount } from "./money";
import { type ImportAction, type ImportPlan, planImport, type RowError } from "./plan-import";
import { type ExchangeFile, readExchangeFile } from "./read-exchange-file";

export type ImportReport = {
  format: ImportFormat;
  rowCount: number;
  rows: { line: number; record: "entry" | "transaction"; reference: string; agency: string; action: ImportAction; changes: ExchangeColumn[] }[];
  errors: RowError[];
  counts: Record<ImportAction, number>;
};

function reportOf(file: ExchangeFile, plan: ImportPlan, errors: RowError[]): ImportReport {
  const rows: ImportReport["rows"] = [
    ...plan.entries.map((entry) => ({
      line: entry.line,
      record: "entry" as const,
      reference: entry.row.reference,
      agency: entry.row.agency,
      action: entry.action,
      changes: entry.changes,
    })),
    ...plan.transactions.map((transaction) => ({
      line: transaction.line,
      record: "transaction" as const,
      reference: transaction.row.reference,
      agency: transaction.row.agency,
      action: transaction.action,
      changes: [],
    })),
  ].sort((a, b) => a.line - b.line);
  const counts = { add: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action]++;
  return { format: file.format, rowCount: file.rows.length, rows, errors, counts };
}

/** Writes the plan; returns the rows that cannot be written as they are (the caller then rolls everything back). */
async function writePlan(tx: Transaction, actor: Actor, plan: ImportPlan): Promise<RowError[]> {
  const errors: RowError[] = [];
  const audits: AuditEntry[] = [];
  const entryIds = new Map<number, string>(); // line of an entry row → the entry's id
  // The file's statements touch its countries one statement at a time: their flow sums' locks first, all at once.
  await lockFlowSums(tx, [...plan.entries.map((entry) => entry.row.country), ...plan.transactions.map((transaction) => transaction.countryCode)]);

  const added = plan.entries.filter((entry) => entry.action === "add");
  for (const entry of added) entryIds.set(entry.line, randomUUID());
  for (let start = 0; start < added.length; start += 500) {
    await tx.insert(supportEntries).values(
      added.slice(start, start + 500).map((entry) => ({
        id: entryIds.get(entry.line)!,
        ...entryValues(entry),
        countryCode: entry.row.country,
        agencyId: entry.agencyId,
        reference: entry.row.reference,
        createdById: actor.userId,
      })),
    );
  }
  for (const entry of added) {
    audits.push({ action: "support.add", entityType: "support_entry", entityId: entryIds.get(entry.line)!, countryCode: entry.row.country, agencyId: entry.agencyId, after: { import: true, reference: entry.row.reference } });
  }

  for (const entry of plan.entries) {
    if (entry.action === "skip" || entry.action === "add") {
      if (entry.existing) entryIds.set(entry.line, entry.existing.id);
      continue;
    }
    const existing = entry.existing!;
    entryIds.set(entry.line, existing.id);
    const [updated] = await tx
      .update(supportEntries)
      .set({ ...entryValues(entry), version: existing.version + 1, updatedAt: new Date() })
      .where(and(eq(supportEntries.id, existing.id), eq(supportEntries.version, existing.version), isNull(supportEntries.deletedAt)))
      .returning({ id: supportEntries.id });
    if (!updated) errors.push({ line: entry.line, column: null, message: "import.changedMeanwhile" });
    audits.push({ action: "support.edit", entityType: "support_entry", entityId: existing.id, countryCode: existing.countryCode, agencyId: existing.agencyId, after: { import: true, changed: entry.changes } });
  }

  await passThroughsOf(tx, plan, entryIds, errors);

  const newTransactions = plan.transactions
    .filter((transaction) => transaction.action === "add")
    .map((transaction) => ({
      planned: transaction,
      values: {
        id: randomUUID(),
        supportEntryId: transaction.fileEntry ? entryIds.get(transaction.fileEntry.line)! : transaction.existingEntryId!,
        type: transaction.row.transaction_type,
        amount: transaction.row.transaction_amount,
        currency: transaction.row.currency,
        occurredOn: transaction.row.transaction_date,
        valueDate: transaction.row.value_date ?? transaction.row.transaction_date,
        confirmationNote: transaction.row.confirmation_note ?? null,
        createdById: actor.userId,
      },
    }));
  for (let start = 0; start < newTransactions.length; start += 500) {
    await tx.insert(supportTransactions).values(newTransactions.slice(start, start + 500).map((transaction) => transaction.values));
  }
  for (const { planned, values } of newTransactions) {
    audits.push({
      action: "support.transaction.add",
      entityType: "support_entry",
      entityId: values.supportEntryId,
      agencyId: planned.agencyId,
      after: { import: true, transactionId: values.id, type: values.type, amount: normalizeAmount(values.amount), currency: values.currency, occurredOn: values.occurredOn },
    });
  }

  // A file may run the flow over only with a note on the rows that do it, as in the form.
  const ledgers = await ledgersOf(tx, [...new Set(newTransactions.map((transaction) => transaction.values.supportEntryId))]);
  for (const { planned, values } of newTransactions) {
    const ledger = ledgers.get(values.supportEntryId);
    const overrun = ledger ? overrunMessage(values.type, ledger) : null;
    if (overrun && !values.confirmationNote) errors.push({ line: planned.line, column: "confirmation_note", message: overrun });
  }

  await recordAudits(tx, actor, audits);
  const addedByCountry = new Map<string, number>();
  for (const entry of added) addedByCountry.set(entry.row.country, (addedByCountry.get(entry.row.country) ?? 0) + 1);
  await noticeOfImportedSupport(tx, actor, addedByCountry);
  return errors;
}

function entryValues({ row, countryStepId, fundingAgencyId }: Pick<ImportPlan["entries"][number], "row" | "countryStepId" | "fundingAgencyId">) {
  return entryColumns({
    countryStepId,
    kind: row.kind,
    title: row.title,
    description: row.description,
    technicalCategory: row.technical_category,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    deliverables: row.deliverables,
    amount: row.amount,
    currency: row.currency,
    fundingSource: row.funding_source,
    fundingAgencyId: fundingAgencyId ?? undefined,
    fundingDonor: row.funding_donor,
    // Set once every entry of the file has its id (passThroughsOf).
    passThroughOfEntryId: undefined,
  });
}

/**
 * Second pass: each entry's source checked as the form's is (another member; a giver's live financial entry in the
 * same country, no pass-through itself), and its pass-through set, now that entries of the file have their ids.
 */
async function passThroughsOf(tx: Transaction, plan: ImportPlan, entryIds: Map<number, string>, errors: RowError[]) {
  for (const entry of plan.entries) {
    if (entry.row.funding_source !== "member" || !entry.fundingAgencyId) continue;
    const id = entryIds.get(entry.line)!;
    const giverId = entry.giver ? (entry.giver.existingId ?? entryIds.get(entry.giver.line!) ?? null) : null;
    try {
      await checkFundingOf(tx, { id, countryCode: entry.row.country, agencyId: entry.agencyId, kind: entry.row.kind, fundingSource: "member", fundingAgencyId: entry.fundingAgencyId, passThroughOfEntryId: giverId });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "INVALID") throw error;
      const [field, message] = Object.entries(error.fieldErrors)[0] ?? ["passThroughOfEntryId", "validation.invalid"];
      errors.push({ line: entry.line, column: field === "fundingAgencyId" ? "funding_agency" : "passes_on", message });
      continue;
    }
    if (giverId && entry.action !== "skip") await tx.update(supportEntries).set({ passThroughOfEntryId: giverId }).where(eq(supportEntries.id, id));
  }
}

/** Runs the import in one transaction, kept only when `apply` is set and no row has an error. */
function runImport(
  db: Database,
  actor: Actor,
  file: ExchangeFile,
  options: { apply: boolean; beforeCommit?: (tx: Transaction, report: ImportReport) => Promise<void> },
): Promise<ImportReport> {
  return transactionKeptIf(db, async (tx) => {
    const plan = await planImport(tx, actor, file.rows);
    const errors = plan.errors.length ? plan.errors : await writePlan(tx, actor, plan);
    const report = reportOf(file, plan, errors);
    const keep = errors.length === 0 && options.apply;
    if (keep) await options.beforeCommit?.(tx, report);
    return { result: report, keep };
  });
}

/** Reads an uploaded file, stores it with its dry-run report, and returns the import to show. Writes no support yet. */
export async function checkSupportImport(db: Database, actor: Actor, input: { fileName: string; bytes: Uint8Array }) {
  assertCanSomewhere(actor, "support.write");
  const file = await readExchangeFile(input.bytes);
  const report = await runImport(db, actor, file, { apply: false });
  return db.transaction(async (tx) => {
    const fileId = await storeImportFile(tx, actor, { ...input, format: file.format });
    const [created] = await tx
      .insert(supportImports)
      .values({ fileId, format: file.format, rowCount: file.rows.length, report, createdById: actor.userId })
      .returning({ id: supportImports.id });
    return { id: created!.id, report };
  });
}

/** An import of the actor's own, with its file's name and its last report; nobody else's. */
export function getSupportImport(db: Database, actor: Actor, id: unknown) {
  return findOwnImport<ImportReport>(db, supportImports, actor, id);
}

/**
 * Applies a checked import: all of its rows in one transaction, or none. If the data changed since the dry
 * run so that a row no longer fits, nothing is written and the new report says why.
 */
export async function applySupportImport(db: Database, actor: Actor, input: { importId: unknown }) {
  assertCanSomewhere(actor, "support.write");
  const checked = await getSupportImport(db, actor, input.importId);
  if (checked.appliedAt) throw invalid({}, "import.alreadyApplied");
  const file = await readExchangeFile(await storedImportBytes(db, checked.fileId));
  let applied = false;
  const report = await runImport(db, actor, file, {
    apply: true,
    beforeCommit: async (tx, report) => {
      await claimImport(tx, supportImports, checked.id, report);
      await recordAudit(tx, actor, { action: "support.import", entityType: "support_import", entityId: checked.id, after: { ...report.counts } });
      applied = true;
    },
  });
  if (!applied) await db.update(supportImports).set({ report }).where(eq(supportImports.id, checked.id));
  return { applied, report };
}
