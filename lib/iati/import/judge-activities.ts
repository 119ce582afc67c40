/**
 * The dry run's judgement of a batch of read activities against what Socle holds: each is skipped (with why) or
 * mapped to one entry per Socle country, matched by IATI identifier within the agency and country (or, for an entry
 * made in Socle, the identifier Socle's own export gives it), compared field by field, its transactions matched by
 * reference or by type, date and value. Reads only; the apply runs the same judgement inside its transaction.
 */
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportEntries, supportTransactions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { MappedEntry, MappedTransaction, ReadActivity } from "@/lib/iati/read/types";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { normalizeAmount } from "@/lib/support/money";
import { type IatiJudgeContext, classifyFor, mapFor } from "./reader";
import { activityAnswerOf, type ActivityReport, comparedFields, type EntryAnswer, type EntryReport, type FieldChange } from "./report";
import { iatiImportLimits } from "./limits";

export type ExistingEntry = typeof supportEntries.$inferSelect;
type ExistingTransaction = { id: string; supportEntryId: string; type: string; occurredOn: string; amount: string; iatiReference: string | null };

/** What the apply writes for one entry: the report's answer with the mapped entry, the row it matched and the new transactions. */
export type EntryPlan = {
  report: EntryReport;
  mapped: MappedEntry;
  existing: ExistingEntry | null;
  reference: string;
  newTransactions: MappedTransaction[];
  /** The giving member's entry this one passes on, found by the giver's activity identifier. */
  passThroughOfEntryId: string | null;
};
export type JudgedBatch = { activities: ActivityReport[]; plans: EntryPlan[]; unknownCountries: string[] };

/** The identifier Socle's own export gives an entry made in Socle (lib/reports/export-iati.ts), as SQL. */
const exportedIdentifier = (iatiRef: string) =>
  sql<string>`${iatiRef} || '-' || regexp_replace(btrim(${supportEntries.reference}), '\\s+', '-', 'g')`;

async function existingEntries(db: Queryable, context: IatiJudgeContext, identifiers: string[]) {
  if (identifiers.length === 0) return [];
  return db
    .select({ entry: supportEntries, exported: exportedIdentifier(context.agencyIatiRef) })
    .from(supportEntries)
    .where(
      and(
        eq(supportEntries.agencyId, context.agencyId),
        or(
          inArray(supportEntries.iatiIdentifier, identifiers),
          and(isNull(supportEntries.iatiIdentifier), inArray(exportedIdentifier(context.agencyIatiRef), identifiers)),
        ),
      ),
    );
}

async function liveTransactions(db: Queryable, entryIds: string[]): Promise<ExistingTransaction[]> {
  if (entryIds.length === 0) return [];
  return db
    .select({
      id: supportTransactions.id,
      supportEntryId: supportTransactions.supportEntryId,
      type: supportTransactions.type,
      occurredOn: supportTransactions.occurredOn,
      amount: supportTransactions.amount,
      iatiReference: supportTransactions.iatiReference,
    })
    .from(supportTransactions)
    .where(and(inArray(supportTransactions.supportEntryId, entryIds), isNull(supportTransactions.deletedAt)));
}

async function takenReferences(db: Queryable, agencyId: string, references: string[]): Promise<Map<string, string>> {
  if (references.length === 0) return new Map();
  const rows = await db
    .select({ id: supportEntries.id, reference: supportEntries.reference })
    .from(supportEntries)
    .where(and(eq(supportEntries.agencyId, agencyId), inArray(supportEntries.reference, references)));
  return new Map(rows.map((row) => [row.reference, row.id]));
}

/** A member-funded entry's giver: the member's agency, its activity's identifier, the country. */
const giverKey = (mapped: MappedEntry) => `${mapped.fundingAgencyId}\u0000${mapped.fundingActivityId}\u0000${mapped.countryCode}`;

/** The live entries of giving members that mapped entries name by their activity identifier (a pass-through), by giver key. */
async function giverEntries(db: Queryable, mapped: MappedEntry[]): Promise<Map<string, string>> {
  const named = mapped.filter((entry) => entry.fundingSource === "member" && entry.fundingAgencyId && entry.fundingActivityId);
  if (named.length === 0) return new Map();
  const rows = await db
    .select({ id: supportEntries.id, agencyId: supportEntries.agencyId, iatiIdentifier: supportEntries.iatiIdentifier, countryCode: supportEntries.countryCode })
    .from(supportEntries)
    .where(
      and(
        isNull(supportEntries.deletedAt),
        inArray(supportEntries.agencyId, [...new Set(named.map((entry) => entry.fundingAgencyId!))]),
        inArray(supportEntries.iatiIdentifier, [...new Set(named.map((entry) => entry.fundingActivityId!))]),
      ),
    );
  return new Map(rows.map((row) => [`${row.agencyId}\u0000${row.iatiIdentifier}\u0000${row.countryCode}`, row.id]));
}

const text = (value: string | null | undefined) => (value === null || value === undefined || value === "" ? null : value);

/**
 * The columns an entry gets from a mapped activity, held to the table's rules (a financial entry has an amount, an
 * end not before the start, a technical one a category), so that what is compared is what would be written.
 */
export function entryValuesOf(mapped: MappedEntry, passThroughOfEntryId: string | null = null) {
  const financial = mapped.kind === "financial";
  return {
    title: mapped.title,
    description: mapped.description,
    kind: mapped.kind,
    technicalCategory: financial ? null : (mapped.technicalCategory ?? "policy_legal_design"),
    status: mapped.status,
    startDate: mapped.startDate,
    endDate: mapped.endDate && mapped.startDate && mapped.endDate < mapped.startDate ? null : mapped.endDate,
    amount: financial ? normalizeAmount(mapped.amount ?? "0") : null,
    currency: financial ? mapped.currency : null,
    fundingSource: mapped.fundingSource,
    fundingAgencyId: mapped.fundingSource === "member" ? mapped.fundingAgencyId : null,
    fundingDonor: mapped.fundingSource === "donor" ? mapped.fundingDonor : null,
    passThroughOfEntryId: mapped.fundingSource === "member" ? passThroughOfEntryId : null,
  };
}

/**
 * The start Socle's export writes for an entry without dates (IATI asks for one): the earliest of the day it was
 * recorded, its end and its first transaction (lib/reports/iati-activity.ts). Read back, it is not a change.
 */
function exportedStandInStart(entry: ExistingEntry, held: readonly { occurredOn: string }[]): string {
  const days = [entry.createdAt.toISOString().slice(0, 10), entry.endDate, ...held.map((transaction) => transaction.occurredOn)].filter((day): day is string => day !== null);
  return days.sort()[0]!;
}

/** The entry's value of a field as the file would write it, and Socle's, in one comparable form. */
function fieldValues(field: (typeof comparedFields)[number], written: ReturnType<typeof entryValuesOf>, entry: ExistingEntry, held: readonly { occurredOn: string }[]): [string | null, string | null] {
  const mapped = written;
  switch (field) {
    case "startDate":
      return [entry.startDate, entry.startDate === null && mapped.startDate === exportedStandInStart(entry, held) ? null : mapped.startDate];
    case "amount":
      return [entry.amount === null ? null : normalizeAmount(entry.amount), mapped.amount === null ? null : normalizeAmount(mapped.amount)];
    case "technicalCategory":
      // A category is Socle's own word for technical support: IATI has none to compare with.
      return [null, null];
    case "description":
      // Socle's export writes the title where an entry has no description.
      return [text(entry.description), mapped.description === mapped.title && entry.description === "" ? null : text(mapped.description)];
    default:
      return [text(entry[field] as string | null), text(mapped[field] as string | null)];
  }
}

export function fieldChanges(mapped: MappedEntry, entry: ExistingEntry, held: readonly { occurredOn: string }[] = [], passThroughOfEntryId: string | null = null): FieldChange[] {
  const changes: FieldChange[] = [];
  const written = entryValuesOf(mapped, passThroughOfEntryId);
  for (const field of comparedFields) {
    const [socle, file] = fieldValues(field, written, entry, held);
    if (socle !== file) changes.push({ field, socle, file });
  }
  return changes;
}

/** The file's transactions Socle does not hold: matched by reference, else by type, date and value, each once. */
export function unmatchedTransactions(mapped: MappedEntry, held: ExistingTransaction[]): MappedTransaction[] {
  const left = [...held];
  const take = (index: number) => (index >= 0 ? (left.splice(index, 1), true) : false);
  return mapped.transactions.filter((transaction) => {
    // Socle holds a transaction in its entry's currency, and only money given (a de-obligation is noted, not written).
    if (mapped.kind !== "financial" || transaction.currency !== mapped.currency || !/^\d+(\.\d+)?$/.test(transaction.amount) || Number(transaction.amount) <= 0) return false;
    if (transaction.iatiReference && take(left.findIndex((row) => row.iatiReference === transaction.iatiReference))) return false;
    const amount = normalizeAmount(transaction.amount);
    return !take(left.findIndex((row) => row.type === transaction.type && row.occurredOn === transaction.occurredOn && normalizeAmount(row.amount) === amount));
  });
}

/** The round whose accepted report locks one of these dates in the country, or null. */
async function lockingRound(db: Queryable, countryCode: string, dates: string[]): Promise<string | null> {
  try {
    await assertPeriodOpen(db, countryCode, dates);
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return (error.current as { lockedBy: { name: string } }).lockedBy.name;
    throw error;
  }
}

async function judgeEntry(
  db: Queryable,
  mapped: MappedEntry,
  existing: ExistingEntry | null,
  held: ExistingTransaction[],
  referenceHolder: string | undefined,
  passThroughOfEntryId: string | null,
): Promise<{ report: EntryReport; newTransactions: MappedTransaction[] }> {
  const newTransactions = existing?.deletedAt ? [] : unmatchedTransactions(mapped, held);
  const report = (answer: EntryAnswer, changes: FieldChange[] = [], lockedBy: string | null = null): EntryReport => ({
    countryCode: mapped.countryCode,
    answer,
    entryId: existing?.id ?? null,
    changes,
    newTransactions: newTransactions.length,
    lockedBy,
  });
  let answer: EntryAnswer;
  let changes: FieldChange[] = [];
  if (referenceHolder) return { report: report("conflict", [{ field: "reference", socle: mapped.iatiIdentifier, file: mapped.iatiIdentifier }]), newTransactions: [] };
  if (!existing) {
    answer = "new";
  } else if (existing.deletedAt) {
    return { report: report("conflict", [{ field: "withdrawn", socle: existing.deletedAt.toISOString().slice(0, 10), file: null }]), newTransactions };
  } else {
    changes = fieldChanges(mapped, existing, held, passThroughOfEntryId);
    if (changes.length === 0 && newTransactions.length === 0) return { report: report("unchanged"), newTransactions };
    // Written in Socle and never imported, or edited in Socle since its last import: never overwritten.
    const editedInSocle = existing.iatiImportedVersion === null || existing.version > existing.iatiImportedVersion;
    if (editedInSocle) return { report: report("conflict", changes), newTransactions };
    answer = "update";
  }
  const lockedBy = newTransactions.length ? await lockingRound(db, mapped.countryCode, newTransactions.map((transaction) => transaction.occurredOn)) : null;
  return { report: lockedBy ? report("locked", changes, lockedBy) : report(answer, changes), newTransactions };
}

const titleOf = (activity: ReadActivity) => activity.titles.find((title) => title.lang === null || title.lang === "en")?.text ?? activity.titles[0]?.text ?? null;

function activityReport(activity: ReadActivity, rest: Pick<ActivityReport, "answer" | "skip" | "entries">, notes: MappedEntry["notes"] = []): ActivityReport {
  const problems = [...activity.problems, ...notes];
  return {
    line: activity.line,
    identifier: activity.identifier,
    title: titleOf(activity),
    ...rest,
    problems: problems.slice(0, iatiImportLimits.problemsShown),
    problemCount: problems.length,
  };
}

/** Judges a batch of activities in a few queries (entries, transactions, references), then per entry the period lock. */
export async function judgeActivities(db: Queryable, context: IatiJudgeContext, activities: ReadActivity[]): Promise<JudgedBatch> {
  const unknownCountries: string[] = [];
  const kept: { activity: ReadActivity; entries: MappedEntry[] }[] = [];
  const reports = new Map<ReadActivity, ActivityReport>();
  for (const activity of activities) {
    const classification = classifyFor(context, activity);
    if (!classification.keep) {
      if (classification.reason === "unknown_country") {
        unknownCountries.push(...activity.recipientCountries.map((country) => country.code).filter((code) => !context.countryCodes.has(code)));
      }
      reports.set(activity, activityReport(activity, { answer: "skipped", skip: { reason: classification.reason, detail: classification.detail }, entries: [] }));
      continue;
    }
    const entries = mapFor(context, activity);
    if (entries.length === 0) {
      reports.set(activity, activityReport(activity, { answer: "skipped", skip: { reason: "unknown_country", detail: "" }, entries: [] }));
      continue;
    }
    kept.push({ activity, entries });
  }

  const mappedEntries = kept.flatMap(({ entries }) => entries.map((mapped) => ({ mapped, reference: referenceOf(mapped, entries.length) })));
  const rows = await existingEntries(db, context, [...new Set(mappedEntries.map(({ mapped }) => mapped.iatiIdentifier))]);
  const byKey = new Map<string, ExistingEntry>();
  // An entry that carries the identifier wins over one only the export's rule names.
  for (const { entry, exported } of rows.sort((a, b) => Number(a.entry.iatiIdentifier !== null) - Number(b.entry.iatiIdentifier !== null))) {
    byKey.set(`${entry.iatiIdentifier ?? exported}\u0000${entry.countryCode}`, entry);
  }
  const transactions = await liveTransactions(db, [...new Set([...byKey.values()].map((entry) => entry.id))]);
  const references = await takenReferences(db, context.agencyId, mappedEntries.map(({ reference }) => reference));
  const givers = await giverEntries(db, mappedEntries.map(({ mapped }) => mapped));

  const plans: EntryPlan[] = [];
  for (const { activity, entries } of kept) {
    const entryReports: EntryReport[] = [];
    for (const mapped of entries) {
      const key = `${mapped.iatiIdentifier}\u0000${mapped.countryCode}`;
      // The same activity twice in one file: the first one counts, the second is a conflict rather than a second entry.
      const repeated = context.seen.has(key);
      context.seen.add(key);
      const existing = repeated ? null : (byKey.get(key) ?? null);
      const reference = referenceOf(mapped, entries.length);
      const held = existing ? transactions.filter((row) => row.supportEntryId === existing.id) : [];
      const passThroughOfEntryId = givers.get(giverKey(mapped)) ?? null;
      const judged = await judgeEntry(db, mapped, existing, held, repeated ? key : existing ? undefined : references.get(reference), passThroughOfEntryId);
      entryReports.push(judged.report);
      plans.push({ report: judged.report, mapped, existing, reference, newTransactions: judged.newTransactions, passThroughOfEntryId });
    }
    const notes = entries.flatMap((entry) => entry.notes);
    reports.set(activity, activityReport(activity, { answer: activityAnswerOf(entryReports), skip: null, entries: entryReports }, notes));
  }
  return { activities: activities.map((activity) => reports.get(activity)!), plans, unknownCountries };
}

/** A new entry's reference: the identifier, with the country when the activity makes several entries. */
export function referenceOf(mapped: MappedEntry, entriesOfActivity: number): string {
  return entriesOfActivity > 1 ? `${mapped.iatiIdentifier} (${mapped.countryCode})` : mapped.iatiIdentifier;
}
