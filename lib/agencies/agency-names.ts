/** The agencies' acronyms and names in every language, ordered by acronym: for the choices of forms and templates, which any signed-in person may read. */
import { asc, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, type LocalizedText } from "@/db/schema";

export type AgencyName = { id: string; acronym: string; shortName: LocalizedText };

/** Every agency, or only those of `ids` (none when `ids` is empty). */
export async function listAgencyNames(db: Queryable, ids?: readonly string[]): Promise<AgencyName[]> {
  if (ids && ids.length === 0) return [];
  const columns = { id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName };
  const query = db.select(columns).from(agencies);
  return (ids ? query.where(inArray(agencies.id, [...ids])) : query).orderBy(asc(agencies.acronym));
}
