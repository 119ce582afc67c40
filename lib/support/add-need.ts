/** A working group records what support it needs for one of its steps: a technical category, or funding with an estimate. */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, Queryable, Transaction } from "@/db/engine";
import { supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { addNeedSchema } from "@/lib/validation/support";
import { checkStepOfCountry } from "./entries";
import { needColumns, needSnapshot, type SupportNeedRow } from "./needs";

export async function addNeed(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const need = parseInput(addNeedSchema, input);
  assertCan(actor, "need.write", { countryCode: need.countryCode });
  return db.transaction(async (tx) => {
    await checkStepOfCountry(tx, need.countryCode, need.countryStepId);
    const row = await insertNeed(tx, actor, { ...needColumns(need), countryCode: need.countryCode, idempotencyKey: need.idempotencyKey });
    if (!row) return findRepeatedNeed(tx, actor, need.idempotencyKey!);
    return { id: row.id, countryCode: row.countryCode };
  });
}

export type NewNeed = ReturnType<typeof needColumns> & { countryCode: string; idempotencyKey?: string | undefined };

/**
 * Records a need and its audit entry in the caller's transaction, the permission and the step already checked: the
 * one way a need is written, typed on key step 8 or made from a costing's financing gap (lib/costing/data). Null
 * when a create with the same idempotency key was already recorded.
 */
export async function insertNeed(tx: Transaction, actor: Actor, need: NewNeed): Promise<SupportNeedRow | null> {
  const [row] = await tx
    .insert(supportNeeds)
    .values({ id: randomUUID(), ...need, createdById: actor.userId })
    // A create repeated with the same key (a retry, a queued create synced twice) leaves the first one as it is.
    .onConflictDoNothing({ target: [supportNeeds.createdById, supportNeeds.idempotencyKey] })
    .returning();
  if (!row) return null;
  await recordAudit(tx, actor, {
    action: "need.add",
    entityType: "support_need",
    entityId: row.id,
    countryCode: row.countryCode,
    after: needSnapshot(row),
  });
  return row;
}

/** The need an earlier create with the same key recorded (committed: the unique index made this insert wait for it). */
async function findRepeatedNeed(db: Queryable, actor: Actor, idempotencyKey: string): Promise<{ id: string; countryCode: string }> {
  const [first] = await db
    .select({ id: supportNeeds.id, countryCode: supportNeeds.countryCode })
    .from(supportNeeds)
    .where(and(eq(supportNeeds.createdById, actor.userId), eq(supportNeeds.idempotencyKey, idempotencyKey)));
  return first!;
}
