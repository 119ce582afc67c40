/** A person follows a country in their activity feed, or stops following it (their default included). */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countries, countryFollows } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { followCountrySchema } from "@/lib/validation/review";

export async function followCountry(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; following: boolean }> {
  const values = parseInput(followCountrySchema, input);
  const countryCode = values.countryCode.toUpperCase();
  assertCan(actor, "country.read", { countryCode });
  return db.transaction(async (tx) => {
    const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
    if (!country) throw invalid({ countryCode: "validation.choice" });
    await tx
      .insert(countryFollows)
      .values({ userId: actor.userId, countryCode, following: values.following })
      .onConflictDoUpdate({ target: [countryFollows.userId, countryFollows.countryCode], set: { following: values.following, changedAt: new Date() } });
    await recordAudit(tx, actor, { action: "country.follow", entityType: "user", entityId: actor.userId, countryCode, after: { following: values.following } });
    return { countryCode, following: values.following };
  });
}
