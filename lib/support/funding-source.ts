/**
 * Where an entry's money comes from, checked against the database: the giving member exists and is another agency,
 * and the entry it passes on is that member's live financial entry in the same country, itself no pass-through, so
 * that money is counted once (at the giver's) and no chain or cycle of pass-throughs can form (decision 2110).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, supportEntries } from "@/db/schema";
import { invalid } from "@/lib/errors";

type Funded = {
  /** The entry's id when it exists already (an edit). */
  id?: string;
  countryCode: string;
  agencyId: string;
  kind: string;
  fundingSource: string;
  fundingAgencyId: string | null;
  passThroughOfEntryId: string | null;
};

export async function checkFundingOf(db: Queryable, entry: Funded): Promise<void> {
  if (entry.fundingSource !== "member" || !entry.fundingAgencyId) return;
  if (entry.fundingAgencyId === entry.agencyId) throw invalid({ fundingAgencyId: "funding.memberIsOwnAgency" });
  const [member] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, entry.fundingAgencyId));
  if (!member) throw invalid({ fundingAgencyId: "validation.choice" });
  if (!entry.passThroughOfEntryId) return;

  // Locked: an edit making the giver a pass-through at the same moment waits, then sees this one (no cycle).
  const [giver] = await db
    .select({
      id: supportEntries.id,
      countryCode: supportEntries.countryCode,
      agencyId: supportEntries.agencyId,
      kind: supportEntries.kind,
      passThroughOfEntryId: supportEntries.passThroughOfEntryId,
    })
    .from(supportEntries)
    .where(and(eq(supportEntries.id, entry.passThroughOfEntryId), isNull(supportEntries.deletedAt)))
    .for("update");
  const field = "passThroughOfEntryId";
  if (!giver || giver.id === entry.id) throw invalid({ [field]: "validation.choice" });
  if (giver.countryCode !== entry.countryCode) throw invalid({ [field]: "funding.giverOtherCountry" });
  if (giver.agencyId !== entry.fundingAgencyId) throw invalid({ [field]: "funding.giverOtherAgency" });
  if (giver.kind !== "financial") throw invalid({ [field]: "funding.giverNotFinancial" });
  if (giver.passThroughOfEntryId) throw invalid({ [field]: "funding.giverIsPassThrough" });
  if (entry.id) {
    // An entry that others pass on cannot pass on money itself: that would count it twice, or make a cycle.
    const [receiver] = await db
      .select({ id: supportEntries.id })
      .from(supportEntries)
      .where(and(eq(supportEntries.passThroughOfEntryId, entry.id), isNull(supportEntries.deletedAt)))
      .limit(1);
    if (receiver) throw invalid({ [field]: "funding.passedOnByOthers" });
  }
}
