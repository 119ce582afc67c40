/** A country's working group (or a coordinator) adds a scheme to the country's inventory. */
import type { Database } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { addSchemeSchema } from "@/lib/validation/schemes";
import { checkCountry, schemeColumns, schemeEntity, schemeSnapshot } from "./scheme-records";

export async function addScheme(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryCode, sharingLevel, ...fields } = parseInput(addSchemeSchema, input);
  assertCan(actor, "scheme.write", { countryCode });
  return db.transaction(async (tx) => {
    await checkCountry(tx, countryCode);
    const [row] = await tx
      .insert(schemes)
      .values({ ...schemeColumns(fields), countryCode, sharingLevel, createdById: actor.userId })
      .returning();
    await recordAudit(tx, actor, { action: "scheme.add", entityType: schemeEntity, entityId: row!.id, countryCode, after: schemeSnapshot(row!) });
    return { id: row!.id, countryCode };
  });
}
