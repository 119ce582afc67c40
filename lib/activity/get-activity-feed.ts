/** The activity feed: the newest progress changes in the countries a person follows, a page at a time. */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import * as z from "zod/mini";
import { type ChangeEntry, inCountries, readChangeEntries } from "./change-entries";
import { followedCountries } from "./followed-countries";

export const activityPageSize = 50;

const beforeSchema = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(1))), undefined);

export async function getActivityFeed(db: Queryable, actor: Actor, input: { before?: unknown }): Promise<{ entries: ChangeEntry[]; followed: string[]; nextBefore: number | null }> {
  assertCan(actor, "country.read");
  const followed = await followedCountries(db, actor);
  const entries = await readChangeEntries(db, actor, inCountries(followed), { limit: activityPageSize + 1, before: beforeSchema.parse(input.before) });
  const page = entries.slice(0, activityPageSize);
  return { entries: page, followed, nextBefore: entries.length > activityPageSize ? (page.at(-1)?.id ?? null) : null };
}
