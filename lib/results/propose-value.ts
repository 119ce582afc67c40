/**
 * An agency adviser proposes a value of an indicator a country follows (one they may read); it waits, apart from the
 * series, until a member of the country accepts or declines it.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { recordValueSchema } from "@/lib/validation/results";
import { followedForValue } from "./followed-for-value";
import { insertIndicatorValue } from "./value-records";

export async function proposeIndicatorValue(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryIndicatorId, ...fields } = parseInput(recordValueSchema, input);
  assertCanSomewhere(actor, "results.propose");
  return db.transaction(async (tx) => {
    const followed = await followedForValue(tx, actor, countryIndicatorId);
    const row = await insertIndicatorValue(tx, actor, followed, fields, { status: "proposed" });
    return { id: row.id, countryCode: followed.countryIndicator.countryCode };
  });
}
