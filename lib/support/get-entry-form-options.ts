/** What the new-entry form offers: the country's steps, the agencies the actor may write for, and the need it may answer. */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCanSomewhere } from "@/lib/permissions";
import * as z from "zod/mini";
import { writableAgencies } from "./capabilities";
import { fundingSourceOptions } from "./funding-source-options";
import { stepsOfCountry } from "./steps";
import { countryFor } from "@/lib/countries/query-countries";

export async function getEntryFormOptions(db: Queryable, actor: Actor, input: { country: unknown; need?: unknown }) {
  assertCanSomewhere(actor, "support.write");
  const writable = writableAgencies(actor);
  const country = await countryFor(db, actor, input.country, "support.read");

  const needId = z.uuid().safeParse(input.need);
  const [steps, agencyRows, needs] = await Promise.all([
    stepsOfCountry(db, country.code),
    db
      .select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName, name: agencies.name })
      .from(agencies)
      .where(writable === "any" ? undefined : inArray(agencies.id, [...writable]))
      .orderBy(asc(agencies.acronym)),
    needId.success
      ? db
          .select({ id: supportNeeds.id, countryStepId: supportNeeds.countryStepId, kind: supportNeeds.kind, technicalCategory: supportNeeds.technicalCategory, description: supportNeeds.description })
          .from(supportNeeds)
          .where(and(eq(supportNeeds.id, needId.data), eq(supportNeeds.countryCode, country.code), isNull(supportNeeds.deletedAt)))
      : [],
  ]);
  return { country, steps, agencies: agencyRows, need: needs[0] ?? null, funding: await fundingSourceOptions(db, country.code) };
}
