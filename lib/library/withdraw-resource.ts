/** Takes a resource out of the library, softly: it stays in the database with its history. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { resources } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { withdrawResourceSchema } from "@/lib/validation/library";
import { parseInput } from "@/lib/validation/parse";
import { resourceForChange } from "./resource-records";

export async function withdrawResource(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const { id } = parseInput(withdrawResourceSchema, input);
  return db.transaction(async (tx) => {
    const { resource } = await resourceForChange(tx, actor, id);
    const now = new Date();
    await tx.update(resources).set({ deletedAt: now, deletedById: actor.userId, version: resource.version + 1, updatedAt: now }).where(eq(resources.id, id));
    await recordAudit(tx, actor, { action: "resource.withdraw", entityType: "resource", entityId: id, before: { withdrawn: false }, after: { withdrawn: true } });
    return { id };
  });
}
