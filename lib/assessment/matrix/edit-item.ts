/**
 * Edits an item's text (and a recommendation's kind and priority) from the version its editor saw; an item changed
 * since gets CONFLICT with what it now says. An item under review goes back to review; an endorsed matrix gets a
 * new draft, compared with the endorsed version on its page.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentItems } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { returnToReview } from "@/lib/review/subjects";
import { editAssessmentItemSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentItemConflictView, assessmentItemEntity, assessmentItemForChange, assessmentItemSnapshot, countMatrixChange } from "./records";

export async function editAssessmentItem(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const values = parseInput(editAssessmentItemSchema, input);
  return db.transaction(async (tx) => {
    const item = await assessmentItemForChange(tx, actor, values.id);
    if (item.version !== values.version) throw conflict(await assessmentItemConflictView(tx, item));
    const recommendation = item.section === "recommendation";
    if (recommendation && !values.recommendationKind) throw invalid({ recommendationKind: "assessmentRules.kindRequired" });
    if (recommendation && !values.priority) throw invalid({ priority: "assessmentRules.priorityRequired" });
    const edited = {
      statement: values.statement,
      details: values.details,
      recommendationKind: recommendation ? values.recommendationKind! : null,
      priority: recommendation ? values.priority! : null,
    };
    const { before, after } = changedFields(assessmentItemSnapshot(item), assessmentItemSnapshot({ ...item, ...edited }));
    // Saving what is already there writes nothing: no new version, no empty history entry, the review left alone.
    if (Object.keys(after).length === 0) return { id: item.id, countryCode: item.countryCode, version: item.version };
    await tx
      .update(assessmentItems)
      .set({ ...edited, version: item.version + 1, updatedAt: new Date() })
      .where(eq(assessmentItems.id, item.id));
    await countMatrixChange(tx, actor, item.countryCode);
    await returnToReview(tx, actor, { type: "assessment_item", id: item.id, countryCode: item.countryCode });
    await recordAudit(tx, actor, { action: "assessment.edit", entityType: assessmentItemEntity, entityId: item.id, countryCode: item.countryCode, before, after });
    return { id: item.id, countryCode: item.countryCode, version: item.version + 1 };
  });
}
