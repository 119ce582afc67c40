/** A country's working group (or a coordinator) adds a scheme to the country's inventory. */
import type { Database, Transaction } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { addSchemeSchema, type AddSchemeValues } from "@/lib/validation/schemes";
import { checkCountry, type SchemeWriteOptions, schemeColumns, schemeEntity, schemeSnapshot } from "./scheme-records";

export async function addScheme(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(addSchemeSchema, input);
  assertCan(actor, "scheme.write", { countryCode: values.countryCode });
  return db.transaction((tx) => insertScheme(tx, actor, values));
}

/** Writes a scheme checked by `addSchemeSchema` in the caller's transaction: the permission asserted, the row, its audit entry. */
export async function insertScheme(tx: Transaction, actor: Actor, values: AddSchemeValues, options: SchemeWriteOptions = {}): Promise<{ id: string; countryCode: string }> {
  const { countryCode, sharingLevel, ...fields } = values;
  assertCan(actor, "scheme.write", { countryCode });
  await checkCountry(tx, countryCode);
  const [row] = await tx
    .insert(schemes)
    .values({ ...schemeColumns(fields), countryCode, sharingLevel, createdById: actor.userId })
    .returning();
  const after = { ...schemeSnapshot(row!), ...(options.fromImport ? { import: true } : {}) };
  await recordAudit(tx, actor, { action: "scheme.add", entityType: schemeEntity, entityId: row!.id, countryCode, after });
  return { id: row!.id, countryCode };
}
