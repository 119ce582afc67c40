/**
 * Plans a bulk import: checks every row of the exchange shape, resolves agencies, countries and steps, and
 * decides for each row "add", "update" (an entry matched by its agency's reference) or "skip" (already
 * there, unchanged), with errors by row and column. Reads only; the import writes the plan.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, countrySteps, frameworkSteps, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { LibMessage } from "@/lib/i18n/message-key";
import { can } from "@/lib/permissions";
import { fieldErrorsOf } from "@/lib/validation/parse";
import type * as z from "zod/mini";
import { blankRow, type EntryRow, entryRowSchema, type ExchangeColumn, type TransactionRow, transactionRowSchema } from "./exchange-format";
import { normalizeAmount, sameAmount } from "./money";
import type { ExchangeFileRow } from "./read-exchange-file";
import { withValues } from "@/lib/validation/zod";

export type ImportAction = "add" | "update" | "skip";
/** `message`: a lib/ message, typed where this file writes one, and a Zod issue's text otherwise (checked where translated). */
export type RowError = { line: number; column: ExchangeColumn | null; message: string };

export type PlannedEntry = {
  line: number;
  action: ImportAction;
  row: EntryRow;
  agencyId: string;
  countryStepId: string | null;
  /** The entry this row updates or repeats. */
  existing: typeof supportEntries.$inferSelect | null;
  /** For an update: the columns that change. */
  changes: ExchangeColumn[];
  /** The member the money comes from (funding_agency), resolved. */
  fundingAgencyId: string | null;
  /** The giving member's entry it passes on (passes_on): in Socle already, or an entry row of the same file. */
  giver: { existingId: string | null; line: number | null } | null;
};

export type PlannedTransaction = {
  line: number;
  action: "add" | "skip";
  row: TransactionRow;
  agencyId: string;
  /** The entry row of the same file it belongs to, or null when it belongs to an entry already in Socle. */
  fileEntry: PlannedEntry | null;
  existingEntryId: string | null;
  /** The country of the entry it belongs to. */
  countryCode: string;
};

export type ImportPlan = { entries: PlannedEntry[]; transactions: PlannedTransaction[]; errors: RowError[] };

const keyOf = (agencyId: string, reference: string) => `${agencyId}\u0000${reference}`;

function parseRow<Schema extends z.ZodMiniType>(schema: Schema, row: ExchangeFileRow, errors: RowError[]): z.output<Schema> | null {
  const result = schema.safeParse({ ...blankRow(), ...row.values });
  if (result.success) return result.data;
  for (const [column, message] of Object.entries(fieldErrorsOf(result.error))) {
    errors.push({ line: row.line, column: column === "_form" ? null : (column as ExchangeColumn), message });
  }
  return null;
}

/** The columns whose values differ between an entry row and the entry already in Socle. */
function changedColumns(
  row: EntryRow,
  countryStepId: string | null,
  entry: typeof supportEntries.$inferSelect,
  funding: Pick<PlannedEntry, "fundingAgencyId" | "giver">,
): ExchangeColumn[] {
  const financial = row.kind === "financial";
  const member = row.funding_source === "member";
  const pairs: [ExchangeColumn, boolean][] = [
    ["step", (countryStepId ?? null) === entry.countryStepId],
    ["kind", row.kind === entry.kind],
    ["title", row.title === entry.title],
    ["description", row.description === entry.description],
    ["technical_category", (row.technical_category ?? null) === entry.technicalCategory],
    ["status", row.status === entry.status],
    ["start_date", (row.start_date ?? null) === entry.startDate],
    ["end_date", (row.end_date ?? null) === entry.endDate],
    ["deliverables", row.deliverables === entry.deliverables],
    ["amount", sameAmount(financial ? (row.amount ?? null) : null, entry.amount)],
    ["currency", (financial ? (row.currency ?? null) : null) === entry.currency],
    ["funding_source", row.funding_source === entry.fundingSource],
    ["funding_agency", (member ? funding.fundingAgencyId : null) === entry.fundingAgencyId],
    ["funding_donor", (row.funding_source === "donor" ? (row.funding_donor ?? null) : null) === entry.fundingDonor],
    ["passes_on", (member && financial ? (funding.giver?.existingId ?? (funding.giver ? "new" : null)) : null) === entry.passThroughOfEntryId],
  ];
  return pairs.filter(([, same]) => !same).map(([column]) => column);
}

export async function planImport(db: Queryable, actor: Actor, rows: ExchangeFileRow[]): Promise<ImportPlan> {
  const errors: RowError[] = [];
  const error = (line: number, column: ExchangeColumn | null, message: LibMessage) => errors.push({ line, column, message });

  const agencyRows = await db.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies);
  const agencyIds = new Map(agencyRows.map((agency) => [agency.acronym.toUpperCase(), agency.id]));
  const agencyFor = (line: number, acronym: string, countryCode?: string): string | null => {
    const agencyId = agencyIds.get(acronym);
    if (!agencyId) {
      error(line, "agency", "import.unknownAgency");
      return null;
    }
    if (!can(actor, "support.write", { agencyId, countryCode })) {
      error(line, "agency", "import.otherAgency");
      return null;
    }
    return agencyId;
  };

  // 1. Each row on its own; a row of another agency is said so even when other columns are wrong too.
  const entryRows: { line: number; row: EntryRow }[] = [];
  const transactionRows: { line: number; row: TransactionRow }[] = [];
  for (const fileRow of rows) {
    const record = (fileRow.values.record ?? "").trim().toLowerCase();
    if (record === "entry" || record === "transaction") {
      const row = parseRow(record === "entry" ? entryRowSchema : transactionRowSchema, fileRow, errors);
      if (row && record === "entry") entryRows.push({ line: fileRow.line, row: row as EntryRow });
      else if (row) transactionRows.push({ line: fileRow.line, row: row as TransactionRow });
      const acronym = fileRow.values.agency?.trim().toUpperCase();
      if (!row && acronym && !errors.some((problem) => problem.line === fileRow.line && problem.column === "agency")) agencyFor(fileRow.line, acronym);
    } else {
      error(fileRow.line, "record", record ? "validation.choice" : "validation.required");
    }
  }

  // 2. What the rows name: countries and steps.
  const countryCodes = [...new Set(entryRows.map(({ row }) => row.country))];
  const [knownCountries, steps] = countryCodes.length
    ? await Promise.all([
        db.select({ code: countries.code }).from(countries).where(inArray(countries.code, countryCodes)),
        db
          .select({ id: countrySteps.id, countryCode: countrySteps.countryCode, key: frameworkSteps.key })
          .from(countrySteps)
          .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
          .where(inArray(countrySteps.countryCode, countryCodes)),
      ])
    : [[], []];
  const countrySet = new Set(knownCountries.map((country) => country.code));
  const stepIds = new Map<string, string>();
  for (const step of steps) {
    stepIds.set(`${step.countryCode}:${step.id}`, step.id);
    if (step.key) stepIds.set(`${step.countryCode}:${step.key}`, step.id);
  }


  // 3. Entries: new, changed or unchanged, matched by their agency's reference.
  const resolvedEntries: Omit<PlannedEntry, "action" | "existing" | "changes" | "giver">[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, row } of entryRows) {
    const agencyId = agencyFor(line, row.agency, row.country);
    if (!countrySet.has(row.country)) error(line, "country", "import.unknownCountry");
    const countryStepId = row.step ? (stepIds.get(`${row.country}:${row.step}`) ?? null) : null;
    if (row.step && !countryStepId && countrySet.has(row.country)) error(line, "step", "support.stepNotInCountry");
    const fundingAgencyId = row.funding_source === "member" && row.funding_agency ? (agencyIds.get(row.funding_agency) ?? null) : null;
    if (row.funding_source === "member" && row.funding_agency && !fundingAgencyId) error(line, "funding_agency", "import.unknownAgency");
    if (!agencyId) continue;
    const key = keyOf(agencyId, row.reference);
    const first = firstLineOf.get(key);
    if (first !== undefined) error(line, "reference", withValues("import.duplicateReference", { line: first }));
    else firstLineOf.set(key, line);
    resolvedEntries.push({ line, row, agencyId, countryStepId, fundingAgencyId });
  }

  const transactionAgencies = transactionRows.map(({ line, row }) => ({ line, row, agencyId: agencyFor(line, row.agency) }));
  const references = [
    ...new Set([...entryRows.map(({ row }) => row.reference), ...transactionRows.map(({ row }) => row.reference), ...entryRows.flatMap(({ row }) => (row.passes_on ? [row.passes_on] : []))]),
  ];
  const existingEntries = references.length
    ? await db.select().from(supportEntries).where(inArray(supportEntries.reference, references))
    : [];
  const existingByKey = new Map(existingEntries.map((entry) => [keyOf(entry.agencyId, entry.reference), entry]));
  const liveTransactions = existingEntries.length
    ? await db
        .select()
        .from(supportTransactions)
        .where(and(inArray(supportTransactions.supportEntryId, existingEntries.map((entry) => entry.id)), isNull(supportTransactions.deletedAt)))
    : [];

  const fileLines = new Map(resolvedEntries.map((entry) => [keyOf(entry.agencyId, entry.row.reference), entry.line]));
  // The giver's entry: in the same file (written first), or in Socle; whether it may be passed on is checked as it is written.
  const giverOf = (resolved: (typeof resolvedEntries)[number]): PlannedEntry["giver"] => {
    const { row, fundingAgencyId } = resolved;
    if (!row.passes_on || !fundingAgencyId || row.funding_source !== "member" || row.kind !== "financial") return null;
    const key = keyOf(fundingAgencyId, row.passes_on);
    const inSocle = existingByKey.get(key);
    const line = fileLines.get(key) ?? null;
    if (!line && (!inSocle || inSocle.deletedAt)) {
      error(resolved.line, "passes_on", "import.unknownEntry");
      return null;
    }
    return { existingId: inSocle && !inSocle.deletedAt ? inSocle.id : null, line };
  };
  const entries: PlannedEntry[] = resolvedEntries.map((unresolved) => {
    const resolved = { ...unresolved, giver: giverOf(unresolved) };
    const existing = existingByKey.get(keyOf(resolved.agencyId, resolved.row.reference)) ?? null;
    if (!existing) return { ...resolved, action: "add", existing, changes: [] };
    if (existing.deletedAt) error(resolved.line, "reference", "import.withdrawnReference");
    if (existing.countryCode !== resolved.row.country) error(resolved.line, "country", "import.countryChanged");
    const changes = changedColumns(resolved.row, resolved.countryStepId, existing, resolved);
    const hasTransactions = liveTransactions.some((transaction) => transaction.supportEntryId === existing.id);
    if (hasTransactions && changes.includes("kind")) error(resolved.line, "kind", "support.kindLocked");
    else if (hasTransactions && changes.includes("currency")) error(resolved.line, "currency", "support.currencyLocked");
    return { ...resolved, action: changes.length ? "update" : "skip", existing, changes };
  });
  const fileEntries = new Map(entries.map((entry) => [keyOf(entry.agencyId, entry.row.reference), entry]));

  // 4. Transactions: of an entry in the file or in Socle; one already recorded (same type, date, amount) is skipped.
  const unmatched = new Map<string, number>();
  for (const transaction of liveTransactions) {
    const key = `${transaction.supportEntryId}|${transaction.type}|${transaction.occurredOn}|${normalizeAmount(transaction.amount)}`;
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  const transactions: PlannedTransaction[] = [];
  for (const { line, row, agencyId } of transactionAgencies) {
    if (!agencyId) continue;
    const fileEntry = fileEntries.get(keyOf(agencyId, row.reference)) ?? null;
    const existing = existingByKey.get(keyOf(agencyId, row.reference));
    const target = fileEntry
      ? { kind: fileEntry.row.kind, currency: fileEntry.row.currency ?? null, id: fileEntry.existing?.id ?? null, countryCode: fileEntry.row.country }
      : existing && !existing.deletedAt
        ? { kind: existing.kind, currency: existing.currency, id: existing.id, countryCode: existing.countryCode }
        : null;
    if (!target) {
      error(line, "reference", "import.unknownEntry");
      continue;
    }
    if (target.kind !== "financial") error(line, "transaction_type", "support.transactionOnTechnical");
    else if (target.currency && row.currency !== target.currency) error(line, "currency", withValues("import.currencyMismatch", { currency: target.currency }));
    const key = `${target.id}|${row.transaction_type}|${row.transaction_date}|${normalizeAmount(row.transaction_amount)}`;
    const remaining = target.id ? (unmatched.get(key) ?? 0) : 0;
    if (remaining > 0) unmatched.set(key, remaining - 1);
    transactions.push({ line, action: remaining > 0 ? "skip" : "add", row, agencyId, fileEntry, existingEntryId: target.id, countryCode: target.countryCode });
  }

  errors.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
  return { entries, transactions, errors };
}
