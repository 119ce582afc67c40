/**
 * What the entry form offers for the funding source: every member agency, and the entries a pass-through may name
 * (live financial entries of the country that pass nothing on themselves); the server checks the choice again.
 */
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, supportEntries } from "@/db/schema";

export async function fundingSourceOptions(db: Queryable, countryCode: string, editedEntryId?: string) {
  const [memberRows, giverRows] = await Promise.all([
    db.select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName }).from(agencies).orderBy(asc(agencies.acronym)),
    db
      .select({ id: supportEntries.id, title: supportEntries.title, reference: supportEntries.reference, agencyId: supportEntries.agencyId, agencyAcronym: agencies.acronym })
      .from(supportEntries)
      .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
      .where(
        and(
          eq(supportEntries.countryCode, countryCode),
          eq(supportEntries.kind, "financial"),
          isNull(supportEntries.deletedAt),
          isNull(supportEntries.passThroughOfEntryId),
          editedEntryId ? ne(supportEntries.id, editedEntryId) : undefined,
        ),
      )
      .orderBy(asc(agencies.acronym), asc(supportEntries.title))
      .limit(2000),
  ]);
  return { members: memberRows, givers: giverRows };
}
export type FundingSourceOptions = Awaited<ReturnType<typeof fundingSourceOptions>>;
