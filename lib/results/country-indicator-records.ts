/**
 * What the use cases on a followed indicator share: finding one to change (locked, permission asserted), the
 * indicator it follows, its links checked against its country and written, its audit snapshot and form values.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { assessmentItems, countryIndicatorLinks, countryIndicators, countrySteps, indicators, schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import type { CountryIndicatorFields } from "@/lib/validation/results";
import { checkFigure, countryIndicatorEntity, type IndicatorRow } from "./indicator-records";

export type CountryIndicatorRow = typeof countryIndicators.$inferSelect;

/** What a followed indicator measures, as lists of ids of its country's key steps, schemes and recommendations. */
export type IndicatorLinks = { countryStepIds: string[]; schemeIds: string[]; recommendationIds: string[] };

/**
 * A followed indicator the actor may change, locked until the transaction ends, with the indicator it follows:
 * NOT_FOUND for an unknown id or, unless `state` is "any", a withdrawn one; FORBIDDEN outside the actor's countries.
 */
export async function countryIndicatorForChange(
  db: Queryable,
  actor: Actor,
  id: string,
  { state = "live" }: { state?: "live" | "any" } = {},
): Promise<{ countryIndicator: CountryIndicatorRow; indicator: IndicatorRow }> {
  if (!isRecordId(id)) throw notFound();
  const [row] = await db
    .select({ countryIndicator: countryIndicators, indicator: indicators })
    .from(countryIndicators)
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .where(eq(countryIndicators.id, id))
    .for("update", { of: countryIndicators });
  if (!row) throw notFound();
  assertCan(actor, "results.write", { countryCode: row.countryIndicator.countryCode });
  if (state === "live" && row.countryIndicator.deletedAt !== null) throw notFound();
  return row;
}

/** The ids that are not among those found, reported on their field; none missing is fine. */
function checkFound(field: keyof IndicatorLinks, wanted: string[], found: { id: string }[]): void {
  if (found.length !== new Set(wanted).size) throw invalid({ [field]: "resultsRules.linkUnknown" });
}

/**
 * Refuses links to anything but the country's own key steps, live schemes and live recommendations: an id of
 * another country's record is unknown here, so nothing of it is confirmed.
 */
export async function checkLinks(db: Queryable, countryCode: string, links: IndicatorLinks): Promise<void> {
  const [steps, schemeRows, recommendations] = await Promise.all([
    links.countryStepIds.length
      ? db.select({ id: countrySteps.id }).from(countrySteps).where(and(inArray(countrySteps.id, links.countryStepIds), eq(countrySteps.countryCode, countryCode)))
      : [],
    links.schemeIds.length
      ? db
          .select({ id: schemes.id })
          .from(schemes)
          .where(and(inArray(schemes.id, links.schemeIds), eq(schemes.countryCode, countryCode), isNull(schemes.deletedAt)))
      : [],
    links.recommendationIds.length
      ? db
          .select({ id: assessmentItems.id })
          .from(assessmentItems)
          .where(
            and(
              inArray(assessmentItems.id, links.recommendationIds),
              eq(assessmentItems.countryCode, countryCode),
              eq(assessmentItems.section, "recommendation"),
              isNull(assessmentItems.deletedAt),
            ),
          )
      : [],
  ]);
  checkFound("countryStepIds", links.countryStepIds, steps);
  checkFound("schemeIds", links.schemeIds, schemeRows);
  checkFound("recommendationIds", links.recommendationIds, recommendations);
}

/** The followed indicator's links as they are, each list sorted, for the audit log and the edit form. */
export async function linksOf(db: Queryable, countryIndicatorId: string): Promise<IndicatorLinks> {
  const rows = await db.select().from(countryIndicatorLinks).where(eq(countryIndicatorLinks.countryIndicatorId, countryIndicatorId));
  const ids = (pick: (row: (typeof rows)[number]) => string | null) => rows.map(pick).filter((id): id is string => id !== null).sort();
  return { countryStepIds: ids((row) => row.countryStepId), schemeIds: ids((row) => row.schemeId), recommendationIds: ids((row) => row.recommendationId) };
}

/** Replaces the followed indicator's links with these (already checked). */
export async function writeLinks(tx: Transaction, countryIndicatorId: string, links: IndicatorLinks): Promise<void> {
  await tx.delete(countryIndicatorLinks).where(eq(countryIndicatorLinks.countryIndicatorId, countryIndicatorId));
  const rows = [
    ...[...new Set(links.countryStepIds)].map((countryStepId) => ({ countryIndicatorId, countryStepId })),
    ...[...new Set(links.schemeIds)].map((schemeId) => ({ countryIndicatorId, schemeId })),
    ...[...new Set(links.recommendationIds)].map((recommendationId) => ({ countryIndicatorId, recommendationId })),
  ];
  if (rows.length > 0) await tx.insert(countryIndicatorLinks).values(rows);
}

/** The links as sorted lists without repeats: how they are compared and audited. */
export function sortedLinks(links: IndicatorLinks): IndicatorLinks {
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return { countryStepIds: sorted(links.countryStepIds), schemeIds: sorted(links.schemeIds), recommendationIds: sorted(links.recommendationIds) };
}

/** The baseline and targets' figures, checked against the indicator's unit. */
export function checkFollowFigures(indicator: IndicatorRow, fields: Pick<CountryIndicatorFields, "baselineValue" | "targets">): void {
  if (fields.baselineValue !== undefined) checkFigure(indicator, fields.baselineValue, "baselineValue");
  fields.targets.forEach((target, index) => checkFigure(indicator, target.value, `targets.${index}.value`));
}

/** The columns people edit, from validated input: the targets in year order. */
export function countryIndicatorColumns(fields: Omit<CountryIndicatorFields, keyof IndicatorLinks>) {
  return {
    baselineValue: fields.baselineValue ?? null,
    baselineYear: fields.baselineYear ?? null,
    baselineSource: fields.baselineSource,
    targets: [...fields.targets].sort((a, b) => a.year - b.year),
  };
}

/** The fields people edit and the links, for the audit log's before and after. */
export function countryIndicatorSnapshot(row: CountryIndicatorRow, links: IndicatorLinks) {
  const { indicatorId, baselineValue, baselineYear, baselineSource, targets, sharingLevel } = row;
  return { indicatorId, baselineValue: baselineValue === null ? null : normalizedFigure(baselineValue), baselineYear, baselineSource, targets, sharingLevel, ...links };
}

/** "45.2000" as numeric(20,4) returns it → "45.2". */
export function normalizedFigure(figure: string): string {
  return figure.includes(".") ? figure.replace(/0+$/, "").replace(/\.$/, "") : figure;
}

/** A followed indicator as its edit form holds it. */
export function countryIndicatorFormValues(row: CountryIndicatorRow, links: IndicatorLinks) {
  return {
    id: row.id,
    version: row.version,
    countryCode: row.countryCode,
    indicatorId: row.indicatorId,
    baselineValue: row.baselineValue === null ? "" : normalizedFigure(row.baselineValue),
    baselineYear: row.baselineYear === null ? "" : String(row.baselineYear),
    baselineSource: row.baselineSource,
    targets: row.targets.map((target) => ({ year: String(target.year), value: target.value })),
    sharingLevel: row.sharingLevel,
    ...links,
    withdrawn: row.deletedAt !== null,
  };
}

/** What a CONFLICT carries: the followed indicator as it now stands, and who saved it last and when. */
export async function countryIndicatorConflictView(db: Queryable, row: CountryIndicatorRow) {
  return { ...countryIndicatorFormValues(row, await linksOf(db, row.id)), ...(await lastChangeOf(db, countryIndicatorEntity, row.id)) };
}
