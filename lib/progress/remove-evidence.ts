/** Removes an evidence item from its milestone, softly: the history keeps it and the file stays stored. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { evidence } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { removeEvidenceSchema } from "@/lib/validation/progress";
import { isRecordId } from "./records";

export async function removeEvidence(db: Database, actor: Actor, input: unknown): Promise<{ milestoneId: string; countryCode: string }> {
  const { evidenceId } = parseInput(removeEvidenceSchema, input);
  if (!isRecordId(evidenceId)) throw notFound();
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(evidence).where(eq(evidence.id, evidenceId)).for("update");
    if (!item) throw notFound();
    assertCan(actor, "milestone.edit", { countryCode: item.countryCode });
    const result = { milestoneId: item.milestoneId, countryCode: item.countryCode };
    if (item.deletedAt) return result;
    await tx.update(evidence).set({ deletedAt: new Date() }).where(eq(evidence.id, item.id));
    await recordAudit(tx, actor, {
      action: "evidence.remove",
      entityType: "evidence",
      entityId: item.id,
      countryCode: item.countryCode,
      before: { removed: false },
      after: { removed: true },
    });
    await returnToReview(tx, actor, { type: "milestone", id: item.milestoneId, countryCode: item.countryCode });
    return result;
  });
}
