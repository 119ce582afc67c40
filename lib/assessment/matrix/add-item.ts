/** A country's working group (or a coordinator) adds a policy gap, an implementation issue or a recommendation to a guarantee's block. */
import type { Database } from "@/db/engine";
import { assessmentItems } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { checkCountry } from "@/lib/assessment/scheme-records";
import { addAssessmentItemSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentItemEntity, assessmentItemSnapshot, countMatrixChange, nextPosition } from "./records";

export async function addAssessmentItem(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(addAssessmentItemSchema, input);
  assertCan(actor, "assessment.write", { countryCode: values.countryCode });
  const recommendation = values.section === "recommendation";
  return db.transaction(async (tx) => {
    await checkCountry(tx, values.countryCode);
    // Counted first: the matrix row is then locked, so two additions never take the same position.
    await countMatrixChange(tx, actor, values.countryCode);
    const position = await nextPosition(tx, values);
    const [row] = await tx
      .insert(assessmentItems)
      .values({
        countryCode: values.countryCode,
        guarantee: values.guarantee,
        section: values.section,
        position,
        statement: values.statement,
        details: values.details,
        recommendationKind: recommendation ? values.recommendationKind : null,
        priority: recommendation ? values.priority : null,
        status: recommendation ? "proposed" : null,
        createdById: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, { action: "assessment.add", entityType: assessmentItemEntity, entityId: row!.id, countryCode: values.countryCode, after: assessmentItemSnapshot(row!) });
    return { id: row!.id, countryCode: values.countryCode };
  });
}
