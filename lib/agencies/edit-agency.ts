/** A coordinator edits an agency's names, kind and IATI identity, from the version they saw. */
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { conflict, invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { editAgencySchema } from "@/lib/validation/agencies";
import { parseInput } from "@/lib/validation/parse";
import { findAgency } from "./agency-record";

export async function editAgency(db: Database, actor: Actor, input: unknown): Promise<{ version: number }> {
  const { id, version, ...fields } = parseInput(editAgencySchema, input);
  assertCan(actor, "agency.manage", { agencyId: id });
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(agencies).where(eq(agencies.id, id)).for("update");
      if (!current) throw notFound();
      if (current.version !== version) throw conflict(await findAgency(tx, id));
      const [updated] = await tx
        .update(agencies)
        .set({ ...fields, version: sql`${agencies.version} + 1`, updatedAt: new Date() })
        .where(eq(agencies.id, id))
        .returning({ version: agencies.version });
      const before = Object.fromEntries(Object.keys(fields).map((key) => [key, current[key as keyof typeof current]]));
      await recordAudit(tx, actor, { action: "agency.edit", entityType: "agency", entityId: id, agencyId: id, ...changedFields(before, fields) });
      return { version: updated!.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ acronym: "adminAgencies.acronymTaken" });
    throw error;
  }
}
