/** What the support use cases share: finding an entry to change, checking its step, its audit snapshot and form values. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, countrySteps, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { type Action, assertCan } from "@/lib/permissions";
import { lockFlowSums } from "@/lib/funding/totals/flow-sums";
import { normalizeAmount } from "./money";

export type SupportEntryRow = typeof supportEntries.$inferSelect;

/** A live (not withdrawn) entry the actor may change, or NOT_FOUND / FORBIDDEN. */
export async function entryForChange(
  db: Queryable,
  actor: Actor,
  id: string,
  action: Action = "support.write",
  { lock = false } = {},
): Promise<SupportEntryRow> {
  const query = db
    .select()
    .from(supportEntries)
    .where(and(eq(supportEntries.id, id), isNull(supportEntries.deletedAt)));
  const [found] = await query;
  if (!found) throw notFound();
  assertCan(actor, action, { countryCode: found.countryCode, agencyId: found.agencyId });
  // The country's flow-sums lock before the entry's row, as every support write takes them (decision 2560).
  await lockFlowSums(db, [found.countryCode]);
  if (!lock) return found;
  const [entry] = await query.for("update");
  if (!entry) throw notFound();
  return entry;
}

/** The country and agency must exist; said per field rather than as a database error. */
export async function checkCountryAndAgency(db: Queryable, countryCode: string, agencyId: string): Promise<void> {
  const [[country], [agency]] = await Promise.all([
    db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode)),
    db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId)),
  ]);
  if (!country) throw invalid({ countryCode: "validation.choice" });
  if (!agency) throw invalid({ agencyId: "validation.choice" });
}

/** A step named for a country must be one of that country's steps. */
export async function checkStepOfCountry(db: Queryable, countryCode: string, countryStepId: string | undefined | null, field = "countryStepId") {
  if (!countryStepId) return;
  const [step] = await db
    .select({ id: countrySteps.id })
    .from(countrySteps)
    .where(and(eq(countrySteps.id, countryStepId), eq(countrySteps.countryCode, countryCode)));
  if (!step) throw invalid({ [field]: "support.stepNotInCountry" });
}

type EditableColumns = Pick<
  typeof supportEntries.$inferInsert,
  | "countryStepId"
  | "kind"
  | "title"
  | "description"
  | "technicalCategory"
  | "status"
  | "startDate"
  | "endDate"
  | "deliverables"
  | "amount"
  | "currency"
  | "fundingSource"
  | "fundingAgencyId"
  | "fundingDonor"
  | "passThroughOfEntryId"
>;

/** The columns people edit, from validated input: blanks as nulls, money only on financial support, and only what the funding source names. */
export function entryColumns(input: { [Column in keyof EditableColumns]?: EditableColumns[Column] | undefined } & Pick<EditableColumns, "kind" | "title" | "status">) {
  const financial = input.kind === "financial";
  return {
    countryStepId: input.countryStepId ?? null,
    kind: input.kind,
    title: input.title,
    description: input.description ?? "",
    technicalCategory: input.technicalCategory ?? null,
    status: input.status,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    deliverables: input.deliverables ?? "",
    amount: financial ? (input.amount ?? null) : null,
    currency: financial ? (input.currency ?? null) : null,
    ...fundingColumns(input),
  };
}

/** The funding source's columns: a member or a donor only for that source, a pass-through only from a member. */
export function fundingColumns(input: Partial<Pick<EditableColumns, "fundingSource" | "fundingAgencyId" | "fundingDonor" | "passThroughOfEntryId" | "kind">>) {
  const source = input.fundingSource ?? "own";
  return {
    fundingSource: source,
    fundingAgencyId: source === "member" ? (input.fundingAgencyId ?? null) : null,
    fundingDonor: source === "donor" ? (input.fundingDonor ?? null) : null,
    passThroughOfEntryId: source === "member" && input.kind === "financial" ? (input.passThroughOfEntryId ?? null) : null,
  };
}

/** The reference Socle gives an entry whose agency left it blank: short, readable, unique with the id. */
export function defaultReference(entryId: string): string {
  return `SOCLE-${entryId.slice(0, 8).toUpperCase()}`;
}

/** The fields people edit, for the audit log's before/after. */
export function entrySnapshot(entry: SupportEntryRow) {
  return {
    countryStepId: entry.countryStepId,
    kind: entry.kind,
    reference: entry.reference,
    title: entry.title,
    description: entry.description,
    technicalCategory: entry.technicalCategory,
    status: entry.status,
    startDate: entry.startDate,
    endDate: entry.endDate,
    deliverables: entry.deliverables,
    amount: entry.amount === null ? null : normalizeAmount(entry.amount),
    currency: entry.currency,
    fundingSource: entry.fundingSource,
    fundingAgencyId: entry.fundingAgencyId,
    fundingDonor: entry.fundingDonor,
    passThroughOfEntryId: entry.passThroughOfEntryId,
  };
}

/** An entry as its edit form holds it: strings, blanks for what is not set. Sent back with a CONFLICT. */
export function entryFormValues(entry: SupportEntryRow) {
  return {
    id: entry.id,
    version: entry.version,
    countryStepId: entry.countryStepId ?? "",
    kind: entry.kind,
    reference: entry.reference,
    title: entry.title,
    description: entry.description,
    technicalCategory: entry.technicalCategory ?? "",
    status: entry.status,
    startDate: entry.startDate ?? "",
    endDate: entry.endDate ?? "",
    deliverables: entry.deliverables,
    amount: entry.amount === null ? "" : normalizeAmount(entry.amount),
    currency: entry.currency ?? "",
    fundingSource: entry.fundingSource,
    fundingAgencyId: entry.fundingAgencyId ?? "",
    fundingDonor: entry.fundingDonor ?? "",
    passThroughOfEntryId: entry.passThroughOfEntryId ?? "",
  };
}
export type SupportEntryFormValues = ReturnType<typeof entryFormValues>;

/** True for PostgreSQL's unique_violation, however the driver wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined; current; current = current.cause as typeof current) {
    if (current.code === "23505") return true;
  }
  return false;
}
