/**
 * What the use cases on an indicator's values share: finding a value to change (locked, permission asserted), the
 * one write of a new value (typed, proposed or imported: the permission follows), its audit snapshot and form values.
 */
import { eq } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { countryIndicators, indicators, indicatorValues } from "@/db/schema";
import type { IndicatorValueOrigin } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid, notFound } from "@/lib/errors";
import { type Action, assertCan, can } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import type { ValueFields } from "@/lib/validation/results";
import type { CountryIndicatorRow } from "./country-indicator-records";
import { normalizedFigure } from "./country-indicator-records";
import { checkFigure, checkSex, type IndicatorRow, indicatorValueEntity } from "./indicator-records";

export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
export type ValueContext = { value: IndicatorValueRow; countryIndicator: CountryIndicatorRow; indicator: IndicatorRow };

/** The agency an adviser acts for, named in the audit entry of what they propose. */
export function agencyOf(actor: Actor): string | null {
  return actor.memberships.find((membership) => membership.role === "agency_adviser")?.agencyId ?? null;
}

/**
 * A value the actor may change, locked until the transaction ends, with its followed indicator (which must be live)
 * and its indicator: NOT_FOUND for an unknown id or, unless `state` is "any", a withdrawn value; FORBIDDEN outside
 * the actor's countries. With `proposer`, an adviser may also change their own proposal still waiting.
 */
export async function valueForChange(
  db: Queryable,
  actor: Actor,
  id: string,
  { state = "live", proposer = false }: { state?: "live" | "any"; proposer?: boolean } = {},
): Promise<ValueContext> {
  if (!isRecordId(id)) throw notFound();
  const [row] = await db
    .select({ value: indicatorValues, countryIndicator: countryIndicators, indicator: indicators })
    .from(indicatorValues)
    .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .where(eq(indicatorValues.id, id))
    .for("update", { of: indicatorValues });
  if (!row) throw notFound();
  const ownProposal = proposer && row.value.status === "proposed" && row.value.createdById === actor.userId && can(actor, "results.propose");
  if (!ownProposal) assertCan(actor, "results.write", { countryCode: row.countryIndicator.countryCode });
  if (row.countryIndicator.deletedAt !== null || (state === "live" && row.value.deletedAt !== null)) throw notFound();
  return row;
}

/** Runs a write that may put a second accepted value on one period and sex: INVALID on the period. */
export async function withFreeSlot<Result>(write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ period: "resultsRules.valueExists" });
    throw error;
  }
}

/** The figure and sex of a value, checked against its indicator's unit and breakdown. */
export function checkValue(indicator: IndicatorRow, fields: Pick<ValueFields, "value" | "sex">): void {
  checkFigure(indicator, fields.value, "value");
  checkSex(indicator, fields.sex);
}

/** The columns people edit, from validated input. */
export function valueColumns(fields: ValueFields) {
  return {
    period: fields.period,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    sex: fields.sex,
    value: fields.value,
    source: fields.source,
    note: fields.note,
    evidenceUrl: fields.evidenceUrl ?? null,
  };
}

/** The fields of a value, for the audit log's before and after. */
export function valueSnapshot(value: IndicatorValueRow) {
  const { period, periodStart, periodEnd, sex, source, note, evidenceUrl, status, origin, obsStatus } = value;
  return { period, periodStart, periodEnd, sex, value: normalizedFigure(value.value), source, note, evidenceUrl, status, origin, obsStatus };
}

/** A value as its edit form holds it. */
export function valueFormValues(value: IndicatorValueRow) {
  return {
    id: value.id,
    version: value.version,
    countryIndicatorId: value.countryIndicatorId,
    period: value.period,
    periodStart: value.periodStart,
    periodEnd: value.periodEnd,
    sex: value.sex,
    value: normalizedFigure(value.value),
    source: value.source,
    note: value.note,
    evidenceUrl: value.evidenceUrl ?? "",
    status: value.status,
    withdrawn: value.deletedAt !== null,
  };
}

/** What a CONFLICT carries: the value as it now stands, and who saved it last and when. */
export async function valueConflictView(db: Queryable, value: IndicatorValueRow) {
  return { ...valueFormValues(value), ...(await lastChangeOf(db, indicatorValueEntity, value.id)) };
}

/** How a value came: typed and accepted by a member, proposed by an adviser, or imported from a file (with its flag). */
export type NewValueOptions = { status?: "accepted" | "proposed"; origin?: IndicatorValueOrigin; obsStatus?: string | null };

/**
 * Writes a new value of a followed indicator (already loaded) in the caller's transaction: the permission its
 * kind needs asserted (`results.write` to record, `results.propose` to propose, `results.import` to import), the
 * figure checked against the indicator, the row, its audit entry. The importers call it for each value they add.
 */
export async function insertIndicatorValue(
  tx: Transaction,
  actor: Actor,
  target: { countryIndicator: CountryIndicatorRow; indicator: IndicatorRow },
  fields: ValueFields,
  { status = "accepted", origin = "typed", obsStatus = null }: NewValueOptions = {},
): Promise<IndicatorValueRow> {
  const { countryIndicator, indicator } = target;
  const action: Action = status === "proposed" ? "results.propose" : origin === "typed" ? "results.write" : "results.import";
  assertCan(actor, action, { countryCode: countryIndicator.countryCode });
  checkValue(indicator, fields);
  const [row] = await withFreeSlot(() =>
    tx
      .insert(indicatorValues)
      .values({ ...valueColumns(fields), countryIndicatorId: countryIndicator.id, status, origin, obsStatus, createdById: actor.userId })
      .returning(),
  );
  await recordAudit(tx, actor, {
    action: status === "proposed" ? "indicatorValue.propose" : origin === "typed" ? "indicatorValue.record" : "indicatorValue.import",
    entityType: indicatorValueEntity,
    entityId: row!.id,
    countryCode: countryIndicator.countryCode,
    agencyId: status === "proposed" ? agencyOf(actor) : null,
    after: { countryIndicatorId: countryIndicator.id, ...valueSnapshot(row!) },
  });
  return row!;
}
