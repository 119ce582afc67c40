/** The followed indicator a new value is for, as the person writing it may reach it. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryIndicators, indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/progress/records";
import { countryIndicatorVisibleTo } from "@/lib/sharing/visibility";
import type { FollowedIndicator } from "./follow-indicator";

/**
 * A live followed indicator the actor may read (the sharing rule), held against being withdrawn until the
 * transaction ends: NOT_FOUND otherwise, so that an adviser learns nothing of one kept from them. The permission to
 * write the value is the caller's to assert.
 */
export async function followedForValue(db: Queryable, actor: Actor, countryIndicatorId: string): Promise<FollowedIndicator> {
  if (!isRecordId(countryIndicatorId)) throw notFound();
  const [row] = await db
    .select({ countryIndicator: countryIndicators, indicator: indicators })
    .from(countryIndicators)
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .where(and(eq(countryIndicators.id, countryIndicatorId), isNull(countryIndicators.deletedAt), countryIndicatorVisibleTo(actor)))
    .for("share", { of: countryIndicators });
  if (!row) throw notFound();
  return row;
}
