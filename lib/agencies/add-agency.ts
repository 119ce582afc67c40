/** A coordinator adds an agency or partner: names in each language, acronym, kind and IATI identity. */
import type { Database } from "@/db/engine";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { agencyFieldsSchema } from "@/lib/validation/agencies";
import { parseInput } from "@/lib/validation/parse";

export async function addAgency(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const fields = parseInput(agencyFieldsSchema, input);
  assertCan(actor, "agency.manage");
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(agencies).values(fields).returning({ id: agencies.id });
      await recordAudit(tx, actor, { action: "agency.add", entityType: "agency", entityId: row!.id, agencyId: row!.id, after: fields });
      return { id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ acronym: "adminAgencies.acronymTaken" });
    throw error;
  }
}
