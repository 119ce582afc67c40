/**
 * The activity feed: the newest progress changes in the countries a person follows, a page at a time (keyset on
 * the entry's id), with where the page stands in the whole feed ("Showing 51–100 of 143").
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import * as z from "zod/mini";
import { type ChangeEntry, countChangeEntries, inCountries, readChangeEntries } from "./change-entries";
import { followedCountries } from "./followed-countries";

export const activityPageSize = 50;
/** The feed counts its entries up to this many; beyond, it says "more than" (and a page that far back, only that it is). */
export const activityCountLimit = 2_000;

const beforeSchema = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER))), undefined);

export type ActivityFeed = {
  entries: ChangeEntry[];
  followed: string[];
  nextBefore: number | null;
  /**
   * Entries in the whole feed, counted up to `activityCountLimit` (`more`: there are more than that), and the place
   * of this page's first entry in it (1 on the newest page; null when it lies beyond the count).
   */
  total: number;
  more: boolean;
  from: number | null;
};

/** `countLimit`: how far the feed counts (`activityCountLimit`); tests count less far. */
export async function getActivityFeed(db: Queryable, actor: Actor, input: { before?: unknown }, { countLimit = activityCountLimit } = {}): Promise<ActivityFeed> {
  assertCan(actor, "country.read");
  const followed = await followedCountries(db, actor);
  const before = beforeSchema.parse(input.before);
  const where = inCountries(followed);
  const [entries, counted] = await Promise.all([
    readChangeEntries(db, actor, where, { limit: activityPageSize + 1, before }),
    countChangeEntries(db, actor, where, { atMost: countLimit }),
  ]);
  const page = entries.slice(0, activityPageSize);
  const first = page[0];
  // Entries newer than this page's first have higher ids: the feed pages by id.
  const newer = first && before ? await countChangeEntries(db, actor, where, { fromId: first.id + 1, atMost: countLimit }) : 0;
  return {
    entries: page,
    followed,
    nextBefore: entries.length > activityPageSize ? (page.at(-1)?.id ?? null) : null,
    total: Math.min(counted, countLimit),
    more: counted > countLimit,
    from: newer <= countLimit ? newer + 1 : null,
  };
}
