/**
 * A person chooses the countries they follow in their activity feed: every country ticked is followed, every other
 * not (their defaults included). Only the countries whose choice changes are written, each with its audit entry.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryFollows } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudits } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { followedCountriesSchema } from "@/lib/validation/review";
import { listFollowChoices } from "./followed-countries";

export async function chooseFollowedCountries(db: Database, actor: Actor, input: unknown): Promise<{ following: number; changed: number }> {
  const { countryCodes } = parseInput(followedCountriesSchema, input);
  assertCan(actor, "country.read");
  return db.transaction(async (tx) => {
    const choices = await listFollowChoices(tx, actor);
    const known = new Set(choices.map((choice) => choice.code));
    if (countryCodes.some((code) => !known.has(code))) throw invalid({ countryCodes: "validation.choice" });
    const wanted = new Set(countryCodes);
    const changed = choices.filter((choice) => choice.following !== wanted.has(choice.code));
    for (const choice of changed) assertCan(actor, "country.read", { countryCode: choice.code });
    if (changed.length) {
      await tx
        .insert(countryFollows)
        .values(changed.map((choice) => ({ userId: actor.userId, countryCode: choice.code, following: !choice.following })))
        .onConflictDoUpdate({ target: [countryFollows.userId, countryFollows.countryCode], set: { following: sql`excluded.following`, changedAt: new Date() } });
      await recordAudits(
        tx,
        actor,
        changed.map((choice) => ({ action: "country.follow", entityType: "user", entityId: actor.userId, countryCode: choice.code, after: { following: !choice.following } })),
      );
    }
    return { following: wanted.size, changed: changed.length };
  });
}
