/** A country's working group (or a coordinator) records a value of an indicator the country follows. */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { recordValueSchema } from "@/lib/validation/results";
import { followedForValue } from "./followed-for-value";
import { insertIndicatorValue } from "./value-records";

export async function recordIndicatorValue(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryIndicatorId, ...fields } = parseInput(recordValueSchema, input);
  // Refused before any read for a role that never writes results; the country is judged once the indicator is read.
  assertCanSomewhere(actor, "results.write");
  return db.transaction(async (tx) => {
    const followed = await followedForValue(tx, actor, countryIndicatorId);
    const row = await insertIndicatorValue(tx, actor, followed, fields);
    return { id: row.id, countryCode: followed.countryIndicator.countryCode };
  });
}
