/**
 * How Socle counts funding, as FTS does (decision 2110), in one place: pledges are shown but never counted as
 * funding, committed is what counts as funded, disbursed and spent follow; money one member passes to another is
 * counted once, at the giver's entry, so the receiver's entry (its pass-through) is left out of every total while
 * its giver's entry is live. A withdrawn giver counts nothing, so its receivers then count their own.
 */
import { type SQL, sql } from "drizzle-orm";

/** The flows a total shows, in the order pages show them; `committed` is what counts as funded. */
export const countedFlows = ["pledged", "committed", "disbursed", "spent"] as const;
export type CountedFlow = (typeof countedFlows)[number];

/** The flow that counts as funded: never pledged. */
export const fundedFlow: CountedFlow = "committed";

/**
 * True for an entry (aliased `alias` in the caller's SQL) that totals count: not the pass-through of a live entry.
 * Every total over support entries adds it to its `where`.
 */
export function countedEntry(alias: string): SQL {
  const entry = sql.raw(alias);
  return sql`not exists (select 1 from support_entries giver
                          where giver.id = ${entry}.pass_through_of_entry_id and giver.deleted_at is null)`;
}
