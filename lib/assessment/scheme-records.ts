/**
 * What the scheme use cases share: finding a scheme to change (locked, permission asserted), the columns people
 * edit from validated input, its audit snapshot, and its form values (sent back with a CONFLICT).
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import { normalizeAmount } from "@/lib/support/money";
import type { SchemeFields } from "@/lib/validation/schemes";

export type SchemeRow = typeof schemes.$inferSelect;

/** How a write was asked for: from a spreadsheet import, its audit entry says so (the history shows it). */
export type SchemeWriteOptions = { fromImport?: boolean };

/** The audit log's name for a scheme. */
export const schemeEntity = "scheme";

/**
 * A scheme the actor may change, locked until the transaction ends: NOT_FOUND for an unknown id or, unless `state`
 * is "any", a withdrawn one; FORBIDDEN outside the actor's countries.
 */
export async function schemeForChange(db: Queryable, actor: Actor, id: string, { state = "live" }: { state?: "live" | "any" } = {}): Promise<SchemeRow> {
  if (!isRecordId(id)) throw notFound();
  const [scheme] = await db.select().from(schemes).where(eq(schemes.id, id)).for("update");
  if (!scheme) throw notFound();
  assertCan(actor, "scheme.write", { countryCode: scheme.countryCode });
  if (state === "live" && scheme.deletedAt !== null) throw notFound();
  return scheme;
}

/** The country a new scheme names must exist; said on the field rather than as a database error. */
export async function checkCountry(db: Queryable, countryCode: string): Promise<void> {
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw invalid({ countryCode: "validation.countryCodeUnknown" });
}

/** The columns people edit, from validated input: blanks as nulls (choices, figures) or empty strings (texts). */
export function schemeColumns(fields: SchemeFields) {
  return {
    nationalName: fields.nationalName,
    englishName: fields.englishName,
    guarantees: fields.guarantees,
    contribution: fields.contribution ?? null,
    kind: fields.kind ?? null,
    legalBasis: fields.legalBasis,
    legalBasisUrl: fields.legalBasisUrl ?? null,
    institution: fields.institution,
    targetGroup: fields.targetGroup,
    eligibility: fields.eligibility,
    benefitForm: fields.benefitForm ?? null,
    benefitAmount: fields.benefitAmount ?? null,
    benefitCurrency: fields.benefitCurrency ?? null,
    benefitFrequency: fields.benefitFrequency ?? null,
    status: fields.status,
    startedOn: fields.startedOn ?? null,
    endedOn: fields.endedOn ?? null,
    legalCoverage: fields.legalCoverage ?? null,
    effectiveCoverage: fields.effectiveCoverage ?? null,
    coverageYear: fields.coverageYear ?? null,
    coverageSource: fields.coverageSource,
    expenditureAmount: fields.expenditureAmount ?? null,
    expenditureCurrency: fields.expenditureCurrency ?? null,
    expenditureYear: fields.expenditureYear ?? null,
    expenditureSource: fields.expenditureSource,
    financing: fields.financing,
  };
}

const amountOf = (amount: string | null) => (amount === null ? null : normalizeAmount(amount));

/** The fields people edit, for the audit log's before and after: amounts in their shortest exact form. */
export function schemeSnapshot(scheme: SchemeRow) {
  const { id: _id, countryCode: _country, createdById: _by, version: _version, deletedAt: _at, deletedById: _deletedBy, withdrawalReason: _reason, createdAt: _created, updatedAt: _updated, searchVector: _search, ...edited } = scheme;
  return { ...edited, benefitAmount: amountOf(scheme.benefitAmount), expenditureAmount: amountOf(scheme.expenditureAmount) };
}

const textOf = (value: string | number | null) => (value === null ? "" : String(value));

/** A scheme as its edit form holds it: strings, blanks for what is not set, ticked lists as arrays. */
export function schemeFormValues(scheme: Omit<SchemeRow, "searchVector">) {
  return {
    id: scheme.id,
    version: scheme.version,
    countryCode: scheme.countryCode,
    nationalName: scheme.nationalName,
    englishName: scheme.englishName,
    guarantees: scheme.guarantees,
    contribution: textOf(scheme.contribution),
    kind: textOf(scheme.kind),
    legalBasis: scheme.legalBasis,
    legalBasisUrl: textOf(scheme.legalBasisUrl),
    institution: scheme.institution,
    targetGroup: scheme.targetGroup,
    eligibility: scheme.eligibility,
    benefitForm: textOf(scheme.benefitForm),
    benefitAmount: textOf(amountOf(scheme.benefitAmount)),
    benefitCurrency: textOf(scheme.benefitCurrency),
    benefitFrequency: textOf(scheme.benefitFrequency),
    status: scheme.status,
    startedOn: textOf(scheme.startedOn),
    endedOn: textOf(scheme.endedOn),
    legalCoverage: textOf(scheme.legalCoverage),
    effectiveCoverage: textOf(scheme.effectiveCoverage),
    coverageYear: textOf(scheme.coverageYear),
    coverageSource: scheme.coverageSource,
    expenditureAmount: textOf(amountOf(scheme.expenditureAmount)),
    expenditureCurrency: textOf(scheme.expenditureCurrency),
    expenditureYear: textOf(scheme.expenditureYear),
    expenditureSource: scheme.expenditureSource,
    financing: scheme.financing,
    sharingLevel: scheme.sharingLevel,
    withdrawn: scheme.deletedAt !== null,
  };
}
export type SchemeFormValues = ReturnType<typeof schemeFormValues>;

/** What a CONFLICT carries: the scheme as it now stands, and who saved it last and when. */
export async function schemeConflictView(db: Queryable, scheme: SchemeRow) {
  return { ...schemeFormValues(scheme), ...(await lastChangeOf(db, schemeEntity, scheme.id)) };
}
