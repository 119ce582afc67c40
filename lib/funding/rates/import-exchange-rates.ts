/**
 * The rate table import (decision 2100). Checking a file stores it with its dry run: each rate to add, to update
 * (same currency, base, period and start, another figure or source) or unchanged, rows skipped with why, and errors
 * by row and column. Applying plans again on the rates as they then are and writes all of it in one transaction, or
 * nothing when a row has an error; the same file again changes nothing.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Queryable, Transaction } from "@/db/engine";
import { exchangeRateImports, exchangeRates } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type AuditEntry, recordAudit, recordAudits } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import type { ImportFormat } from "@/lib/imports/read-import-file";
import { claimImport, findOwnImport, storedImportBytes, storeImportFile } from "@/lib/imports/stored-import";
import { assertCan } from "@/lib/permissions";
import { exchangeRateEntity, rateSnapshot, rateText } from "./rate-records";
import { type FileRate, mergeDuplicates, type RateFileLayout, type RateRowError, rateKey, readRateFile, type SkipReason } from "./rate-file";

export type RateImportAction = "add" | "update" | "unchanged";
/** A change the import makes, as the dry run lists it (the previous figure for an update). */
export type RateImportChange = FileRate & { line: number; action: "add" | "update"; previousRate: string | null; previousSource: string | null };

export type RateImportReport = {
  format: ImportFormat;
  layout: RateFileLayout;
  rowCount: number;
  counts: Record<RateImportAction, number> & Record<SkipReason, number>;
  /** The first changes (the counts are exact). */
  changes: RateImportChange[];
  /** The first skipped rows, with why. */
  skipped: { line: number; currency: string; reason: SkipReason }[];
  errors: RateRowError[];
  /** The IMF's terms ask every use of its figures to say so. */
  attribution: string | null;
};

/** What a report lists row by row; beyond, only the counts. */
const listedChanges = 500;
const listedRows = 200;

type Planned = { line: number; rate: FileRate; action: RateImportAction; existing: { id: string; version: number; rate: string; source: string } | null };

/** The live rates of the file's keys, read a currency at a time so that one query never names thousands of keys. */
async function liveRatesOf(db: Queryable, rates: FileRate[]) {
  const currencies = [...new Set(rates.map((rate) => rate.currency))];
  const live = new Map<string, { id: string; version: number; rate: string; source: string }>();
  for (let start = 0; start < currencies.length; start += 50) {
    const rows = await db
      .select({
        id: exchangeRates.id,
        version: exchangeRates.version,
        currency: exchangeRates.currency,
        baseCurrency: exchangeRates.baseCurrency,
        period: exchangeRates.period,
        periodStart: exchangeRates.periodStart,
        rate: exchangeRates.rate,
        source: exchangeRates.source,
      })
      .from(exchangeRates)
      .where(and(inArray(exchangeRates.currency, currencies.slice(start, start + 50)), isNull(exchangeRates.deletedAt)));
    for (const row of rows) live.set(rateKey(row), { id: row.id, version: row.version, rate: rateText(row.rate), source: row.source });
  }
  return live;
}

async function planRates(db: Queryable, bytes: Uint8Array) {
  const file = await readRateFile(bytes);
  const merged = mergeDuplicates(file);
  const live = await liveRatesOf(db, merged.rates.map((entry) => entry.rate));
  const planned: Planned[] = merged.rates.map(({ line, rate }) => {
    const existing = live.get(rateKey(rate)) ?? null;
    const action: RateImportAction = !existing ? "add" : existing.rate === rateText(rate.rate) && existing.source === rate.source ? "unchanged" : "update";
    return { line, rate, action, existing };
  });
  const errors = [...file.errors, ...merged.errors].sort((a, b) => a.line - b.line || String(a.column).localeCompare(String(b.column)));
  const counts = { add: 0, update: 0, unchanged: 0, baseCurrency: 0, unknownCurrency: 0, duplicate: merged.duplicates.length };
  for (const entry of planned) counts[entry.action]++;
  const skipped = file.rows.flatMap((row) => (row.kind === "skip" ? [{ line: row.line, currency: row.currency, reason: row.reason }] : []));
  for (const row of skipped) counts[row.reason]++;
  const report: RateImportReport = {
    format: file.format,
    layout: file.layout,
    rowCount: file.rowCount,
    counts,
    changes: planned
      .filter((entry) => entry.action !== "unchanged")
      .slice(0, listedChanges)
      .map(({ line, rate, action, existing }) => ({ ...rate, line, action: action as "add" | "update", previousRate: existing?.rate ?? null, previousSource: existing?.source ?? null })),
    skipped: skipped.slice(0, listedRows),
    errors: errors.slice(0, listedRows),
    attribution: file.layout === "imf" ? "Source: International Monetary Fund" : null,
  };
  return { planned, report, hasErrors: errors.length > 0 };
}

/** Reads an uploaded table, stores it with its dry run, and returns the import to show. Writes no rate yet. */
export async function checkExchangeRateImport(db: Database, actor: Actor, input: { fileName: string; bytes: Uint8Array }) {
  assertCan(actor, "exchangeRate.manage");
  const { report } = await planRates(db, input.bytes);
  return db.transaction(async (tx) => {
    const fileId = await storeImportFile(tx, actor, { ...input, format: report.format });
    const [created] = await tx
      .insert(exchangeRateImports)
      .values({ fileId, format: report.format, rowCount: report.rowCount, report, createdById: actor.userId })
      .returning({ id: exchangeRateImports.id });
    return { id: created!.id, report };
  });
}

/** An import of the actor's own, with its file's name and its last report; nobody else's. */
export function getExchangeRateImport(db: Database, actor: Actor, id: unknown) {
  assertCan(actor, "exchangeRate.manage");
  return findOwnImport<RateImportReport>(db, exchangeRateImports, actor, id);
}

/** Applies a checked import: every rate in one transaction, or none when a row has an error (the new report says why). */
export async function applyExchangeRateImport(db: Database, actor: Actor, input: { importId: unknown }): Promise<{ applied: boolean; report: RateImportReport }> {
  const checked = await getExchangeRateImport(db, actor, input.importId);
  if (checked.appliedAt) throw invalid({}, "import.alreadyApplied");
  const bytes = await storedImportBytes(db, checked.fileId);
  return db.transaction(async (tx) => {
    const { planned, report, hasErrors } = await planRates(tx, bytes);
    if (hasErrors) {
      await tx.update(exchangeRateImports).set({ report }).where(eq(exchangeRateImports.id, checked.id));
      return { applied: false, report };
    }
    await claimImport(tx, exchangeRateImports, checked.id, report);
    await writeRates(tx, actor, checked.id, planned);
    await recordAudit(tx, actor, { action: "exchangeRate.import", entityType: "exchange_rate_import", entityId: checked.id, after: { ...report.counts } });
    return { applied: true, report };
  });
}

async function writeRates(tx: Transaction, actor: Actor, importId: string, planned: Planned[]): Promise<void> {
  const audits: AuditEntry[] = [];
  const added = planned.filter((entry) => entry.action === "add").map((entry) => ({ id: randomUUID(), ...entry.rate, importId, createdById: actor.userId }));
  for (let start = 0; start < added.length; start += 500) await tx.insert(exchangeRates).values(added.slice(start, start + 500));
  for (const rate of added) audits.push({ action: "exchangeRate.add", entityType: exchangeRateEntity, entityId: rate.id, after: { import: importId, ...rateSnapshot(rate) } });
  for (const entry of planned) {
    if (entry.action !== "update") continue;
    const existing = entry.existing!;
    await tx
      .update(exchangeRates)
      .set({ rate: entry.rate.rate, source: entry.rate.source, importId, version: existing.version + 1, updatedAt: new Date() })
      .where(eq(exchangeRates.id, existing.id));
    audits.push({
      action: "exchangeRate.edit",
      entityType: exchangeRateEntity,
      entityId: existing.id,
      before: { rate: existing.rate, source: existing.source },
      after: { import: importId, rate: rateText(entry.rate.rate), source: entry.rate.source },
    });
  }
  await recordAudits(tx, actor, audits);
}
