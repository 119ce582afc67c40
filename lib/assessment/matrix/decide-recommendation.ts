/**
 * What became of a recommendation after its national dialogue: adopted (it must have been endorsed), dropped (from
 * proposed or endorsed, with a reason), or reopened (back to endorsed, or proposed if it never was). Each names the
 * version its author saw.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentItems } from "@/db/schema";
import type { RecommendationStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { decideRecommendationSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentItemConflictView, assessmentItemEntity, assessmentItemForChange, assessmentItemSnapshot, countMatrixChange } from "./records";

/** The statuses each decision may start from. */
const allowedFrom = {
  adopted: ["endorsed"],
  dropped: ["proposed", "endorsed"],
  reopened: ["adopted", "dropped"],
} as const satisfies Record<string, readonly RecommendationStatus[]>;

export async function decideRecommendation(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const values = parseInput(decideRecommendationSchema, input);
  return db.transaction(async (tx) => {
    const item = await assessmentItemForChange(tx, actor, values.id);
    if (item.section !== "recommendation") throw invalid({ status: "assessmentRules.notRecommendation" });
    if (item.version !== values.version) throw conflict(await assessmentItemConflictView(tx, item));
    if (!(allowedFrom[values.status] as readonly string[]).includes(item.status!)) {
      throw invalid({ status: values.status === "adopted" ? "assessmentRules.adoptNeedsEndorsement" : "assessmentRules.decisionNotAllowed" });
    }
    if (values.decidedOn && item.endorsedOn && values.decidedOn < item.endorsedOn) throw invalid({ decidedOn: "assessmentRules.decidedBeforeEndorsed" });
    const reopened = values.status === "reopened";
    const [row] = await tx
      .update(assessmentItems)
      .set({
        status: values.status === "reopened" ? (item.endorsedOn ? "endorsed" : "proposed") : values.status,
        decidedOn: reopened ? null : values.decidedOn!,
        decisionReason: reopened ? null : values.reason || (values.status === "dropped" ? null : ""),
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(assessmentItems.id, item.id))
      .returning();
    await countMatrixChange(tx, actor, item.countryCode);
    const { before, after } = changedFields(assessmentItemSnapshot(item), assessmentItemSnapshot(row!));
    await recordAudit(tx, actor, { action: "assessment.decide", entityType: assessmentItemEntity, entityId: item.id, countryCode: item.countryCode, before, after });
    return { id: item.id, countryCode: item.countryCode, version: row!.version };
  });
}
