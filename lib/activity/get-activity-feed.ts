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

const beforeSchema = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER))), undefined);

export type ActivityFeed = {
  entries: ChangeEntry[];
  followed: string[];
  nextBefore: number | null;
  /** Entries in the whole feed, and the place of this page's first entry in it (1 on the newest page). */
  total: number;
  from: number;
};

export async function getActivityFeed(db: Queryable, actor: Actor, input: { before?: unknown }): Promise<ActivityFeed> {
  assertCan(actor, "country.read");
  const followed = await followedCountries(db, actor);
  const before = beforeSchema.parse(input.before);
  const where = inCountries(followed);
  const [entries, total] = await Promise.all([
    readChangeEntries(db, actor, where, { limit: activityPageSize + 1, before }),
    countChangeEntries(db, actor, where),
  ]);
  const page = entries.slice(0, activityPageSize);
  const first = page[0];
  // Entries newer than this page's first have higher ids: the feed pages by id.
  const from = first && before ? (await countChangeEntries(db, actor, where, { fromId: first.id + 1 })) + 1 : 1;
  return { entries: page, followed, nextBefore: entries.length > activityPageSize ? (page.at(-1)?.id ?? null) : null, total, from };
}
