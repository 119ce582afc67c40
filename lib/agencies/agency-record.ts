/** An agency as coordinators edit it; shared by the agency use cases. */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies } from "@/db/schema";

export const agencyColumns = {
  id: agencies.id,
  acronym: agencies.acronym,
  shortName: agencies.shortName,
  name: agencies.name,
  kind: agencies.kind,
  iatiRef: agencies.iatiRef,
  iatiOrgType: agencies.iatiOrgType,
  version: agencies.version,
};

export type AgencyRecord = {
  id: string;
  acronym: string;
  shortName: typeof agencies.$inferSelect.shortName;
  name: typeof agencies.$inferSelect.name;
  kind: typeof agencies.$inferSelect.kind;
  iatiRef: string | null;
  iatiOrgType: string | null;
  version: number;
};

export async function findAgency(db: Queryable, id: string): Promise<AgencyRecord | null> {
  const [agency] = await db.select(agencyColumns).from(agencies).where(eq(agencies.id, id));
  return agency ?? null;
}
