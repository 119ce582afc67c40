/**
 * The open review items of a country (review comments and decisions still open), for the country report.
 * Issue 5 (the review matrix, comments and decisions) fills this in with its own read function; until then a
 * country has none, and the report says so.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";

export type OpenReviewItem = { id: string; title: string; countryStepId: string | null; openedAt: Date; openedByName: string | null };

export async function listOpenReviewItems(_db: Queryable, _actor: Actor, _countryCode: string): Promise<OpenReviewItem[]> {
  return [];
}
