/** The agencies and partners, for coordinators: names, kind and IATI identity, ordered by acronym. */
import { asc } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { agencyColumns, type AgencyRecord } from "./agency-record";

export async function listAgencies(db: Queryable, actor: Actor): Promise<AgencyRecord[]> {
  assertCan(actor, "agency.manage");
  return db.select(agencyColumns).from(agencies).orderBy(asc(agencies.acronym));
}
