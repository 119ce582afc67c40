/**
 * What the indicator use cases share: finding an indicator to change (locked, permission asserted by its family:
 * the catalogue's by coordinators, a national one by its country's working group), its audit snapshot, its form
 * values (sent back with a CONFLICT), and the rules a figure of it must keep.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { assertCan, can } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import type { IndicatorFields } from "@/lib/validation/results";

export type IndicatorRow = typeof indicators.$inferSelect;

/** The audit log's names for the results' records. */
export const indicatorEntity = "indicator";
export const countryIndicatorEntity = "countryIndicator";
export const indicatorValueEntity = "indicatorValue";

/** Who may change an indicator: a coordinator for the catalogue's, its country's writers for a national one. */
export function mayChangeIndicator(actor: Actor, indicator: Pick<IndicatorRow, "countryCode">): boolean {
  return indicator.countryCode === null ? can(actor, "indicator.catalogue") : can(actor, "results.write", { countryCode: indicator.countryCode });
}

function assertMayChange(actor: Actor, indicator: Pick<IndicatorRow, "countryCode">): void {
  if (indicator.countryCode === null) assertCan(actor, "indicator.catalogue");
  else assertCan(actor, "results.write", { countryCode: indicator.countryCode });
}

/**
 * An indicator the actor may change, locked until the transaction ends: NOT_FOUND for an unknown id or, unless
 * `state` is "any", a withdrawn one; FORBIDDEN to those who may not change it.
 */
export async function indicatorForChange(db: Queryable, actor: Actor, id: string, { state = "live" }: { state?: "live" | "any" } = {}): Promise<IndicatorRow> {
  if (!isRecordId(id)) throw notFound();
  const [indicator] = await db.select().from(indicators).where(eq(indicators.id, id)).for("update");
  if (!indicator) throw notFound();
  assertMayChange(actor, indicator);
  if (state === "live" && indicator.deletedAt !== null) throw notFound();
  return indicator;
}

/** The country a new national indicator or followed indicator names must exist; said on the field. */
export async function checkCountry(db: Queryable, countryCode: string): Promise<void> {
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw invalid({ countryCode: "validation.countryCodeUnknown" });
}

/** The columns people edit, from validated input. */
export function indicatorColumns(fields: IndicatorFields) {
  return {
    code: fields.code,
    name: { en: fields.name.en, ...(fields.name.fr ? { fr: fields.name.fr } : {}), ...(fields.name.es ? { es: fields.name.es } : {}), ...(fields.name.pt ? { pt: fields.name.pt } : {}) },
    unit: fields.unit,
    direction: fields.direction,
    sexBreakdown: fields.sexBreakdown,
    custodian: fields.custodian,
  };
}

/** The fields people edit, for the audit log's before and after. */
export function indicatorSnapshot(indicator: IndicatorRow) {
  const { code, name, unit, direction, sexBreakdown, custodian, family } = indicator;
  return { code, name, unit, direction, sexBreakdown, custodian, family };
}

/** An indicator as its edit form holds it. */
export function indicatorFormValues(indicator: IndicatorRow) {
  return {
    id: indicator.id,
    version: indicator.version,
    family: indicator.family,
    countryCode: indicator.countryCode ?? "",
    code: indicator.code,
    name: { en: indicator.name.en, fr: indicator.name.fr ?? "", es: indicator.name.es ?? "", pt: indicator.name.pt ?? "" },
    unit: indicator.unit,
    direction: indicator.direction,
    sexBreakdown: indicator.sexBreakdown,
    custodian: indicator.custodian,
    withdrawn: indicator.deletedAt !== null,
  };
}

/** What a CONFLICT carries: the indicator as it now stands, and who saved it last and when. */
export async function indicatorConflictView(db: Queryable, indicator: IndicatorRow) {
  return { ...indicatorFormValues(indicator), ...(await lastChangeOf(db, indicatorEntity, indicator.id)) };
}

/** Runs a write that may take a code already live (in the catalogue, or among the country's national indicators): INVALID on the code. */
export async function withUniqueCode<Result>(write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ code: "resultsRules.codeTaken" });
    throw error;
  }
}

/**
 * A figure of an indicator, checked against what its unit and breakdown allow: a percentage from 0 to 100, a sex
 * other than the total only where the series is broken down by sex. Reported on the field named.
 */
export function checkFigure(indicator: Pick<IndicatorRow, "unit">, value: string, field: string): void {
  const number = Number(value);
  if (indicator.unit === "percent" && (number < 0 || number > 100)) throw invalid({ [field]: "resultsRules.percentRange" });
}

export function checkSex(indicator: Pick<IndicatorRow, "sexBreakdown">, sex: string): void {
  if (sex !== "total" && !indicator.sexBreakdown) throw invalid({ sex: "resultsRules.sexNotBrokenDown" });
}
