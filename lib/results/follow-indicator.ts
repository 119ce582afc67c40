/**
 * A country starts following an indicator of the catalogue or one of its own: its baseline, targets, what it
 * measures (the country's key steps, schemes and recommendations) and who reads it.
 */
import { and, eq, isNull, or } from "drizzle-orm";
import type { Database, Queryable, Transaction } from "@/db/engine";
import { countryIndicators, indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { followIndicatorSchema, type FollowIndicatorValues } from "@/lib/validation/results";
import {
  checkFollowFigures,
  checkLinks,
  countryIndicatorColumns,
  countryIndicatorSnapshot,
  type CountryIndicatorRow,
  sortedLinks,
  writeLinks,
} from "./country-indicator-records";
import { checkCountry, countryIndicatorEntity, type IndicatorRow } from "./indicator-records";

export type FollowedIndicator = { countryIndicator: CountryIndicatorRow; indicator: IndicatorRow };

export async function followIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(followIndicatorSchema, input);
  assertCan(actor, "results.write", { countryCode: values.countryCode });
  const { countryIndicator } = await db.transaction((tx) => insertCountryIndicator(tx, actor, values));
  return { id: countryIndicator.id, countryCode: countryIndicator.countryCode };
}

/** A live indicator the country may follow: the catalogue's, or a national one of its own; INVALID otherwise. */
export async function indicatorToFollow(db: Queryable, countryCode: string, indicatorId: string): Promise<IndicatorRow> {
  const [indicator] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), isNull(indicators.deletedAt), or(isNull(indicators.countryCode), eq(indicators.countryCode, countryCode))));
  if (!indicator) throw invalid({ indicatorId: "resultsRules.indicatorUnknown" });
  return indicator;
}

/**
 * Writes a followed indicator checked by `followIndicatorSchema` in the caller's transaction: the permission
 * asserted (`results.import` for an importer's), the indicator and the links checked, the row, its links, its audit
 * entry. The importers call it when a file brings values of an indicator the country does not follow yet.
 */
export async function insertCountryIndicator(
  tx: Transaction,
  actor: Actor,
  values: FollowIndicatorValues,
  { fromImport = false }: { fromImport?: boolean } = {},
): Promise<FollowedIndicator> {
  const { countryCode, indicatorId, sharingLevel, countryStepIds, schemeIds, recommendationIds, ...fields } = values;
  assertCan(actor, fromImport ? "results.import" : "results.write", { countryCode });
  await checkCountry(tx, countryCode);
  const indicator = await indicatorToFollow(tx, countryCode, indicatorId);
  checkFollowFigures(indicator, fields);
  const links = sortedLinks({ countryStepIds, schemeIds, recommendationIds });
  await checkLinks(tx, countryCode, links);
  let countryIndicator: CountryIndicatorRow;
  try {
    [countryIndicator] = (await tx
      .insert(countryIndicators)
      .values({ ...countryIndicatorColumns(fields), countryCode, indicatorId, sharingLevel, createdById: actor.userId })
      .returning()) as [CountryIndicatorRow];
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ indicatorId: "resultsRules.alreadyFollowed" });
    throw error;
  }
  await writeLinks(tx, countryIndicator.id, links);
  await recordAudit(tx, actor, {
    action: "countryIndicator.follow",
    entityType: countryIndicatorEntity,
    entityId: countryIndicator.id,
    countryCode,
    after: { ...countryIndicatorSnapshot(countryIndicator, links), ...(fromImport ? { import: true } : {}) },
  });
  return { countryIndicator, indicator };
}
