/**
 * A national dialogue endorses the country's matrix: the matrix as its endorser saw it (its version) is frozen as
 * the next endorsed version, and the proposed recommendations the dialogue endorsed take its date (the
 * milestone's) and its milestone, which must be the country's and hold evidence. Later edits make a new draft.
 */
import { and, eq, inArray, isNull, max } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentItems, assessmentVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { dialogueMilestone } from "@/lib/progress/dialogue-versions";
import { endorseAssessmentSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { readDraftContent } from "./content";
import { assessmentMatrixEntity, countMatrixChange, lockMatrix } from "./records";

export async function endorseAssessment(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; number: number; id: string }> {
  const values = parseInput(endorseAssessmentSchema, input);
  const recommendationIds = [...new Set(values.recommendationIds)];
  assertCan(actor, "assessment.write", { countryCode: values.countryCode });
  return db.transaction(async (tx) => {
    const matrix = await lockMatrix(tx, values.countryCode);
    if (!matrix) throw invalid({}, "assessmentRules.emptyMatrix");
    if (matrix.version !== values.version) throw new AppError("CONFLICT", "assessmentRules.changedSinceSeen", { current: { kind: "assessment", version: matrix.version } });
    const milestone = await dialogueMilestone(tx, values.countryCode, values.milestoneId, {
      unknown: "assessmentRules.milestoneUnknown",
      needsEvidence: "assessmentRules.milestoneNeedsEvidence",
    });
    if (recommendationIds.length > 0) {
      const proposed = await tx
        .select({ id: assessmentItems.id })
        .from(assessmentItems)
        .where(
          and(
            inArray(assessmentItems.id, recommendationIds),
            eq(assessmentItems.countryCode, values.countryCode),
            eq(assessmentItems.status, "proposed"),
            isNull(assessmentItems.deletedAt),
          ),
        );
      if (proposed.length !== recommendationIds.length) throw invalid({ recommendationIds: "assessmentRules.notProposed" });
    }
    const [last] = await tx.select({ number: max(assessmentVersions.number) }).from(assessmentVersions).where(eq(assessmentVersions.countryCode, values.countryCode));
    const number = (last?.number ?? 0) + 1;
    if (recommendationIds.length > 0) {
      const endorsed = await tx
        .update(assessmentItems)
        .set({ status: "endorsed", endorsedOn: milestone.occurredOn, endorsementMilestoneId: milestone.id, endorsedInVersion: number, updatedAt: new Date() })
        .where(inArray(assessmentItems.id, recommendationIds))
        .returning({ id: assessmentItems.id });
      // Each endorsed recommendation's history says so; its version is left alone, so open edit forms still save.
      for (const { id } of endorsed) {
        await recordAudit(tx, actor, {
          action: "assessment.endorse",
          entityType: "assessment_item",
          entityId: id,
          countryCode: values.countryCode,
          before: { status: "proposed" },
          after: { status: "endorsed", endorsedOn: milestone.occurredOn, endorsementMilestoneId: milestone.id, endorsedInVersion: number },
        });
      }
    }
    const content = await readDraftContent(tx, values.countryCode);
    if (content.items.length === 0) throw invalid({}, "assessmentRules.emptyMatrix");
    const [version] = await tx
      .insert(assessmentVersions)
      .values({ countryCode: values.countryCode, number, endorsedOn: milestone.occurredOn, milestoneId: milestone.id, endorsedById: actor.userId, content })
      .returning({ id: assessmentVersions.id });
    await countMatrixChange(tx, actor, values.countryCode);
    await recordAudit(tx, actor, {
      action: "assessment.endorseMatrix",
      entityType: assessmentMatrixEntity,
      entityId: values.countryCode,
      countryCode: values.countryCode,
      after: { number, endorsedOn: milestone.occurredOn, milestoneId: milestone.id, recommendations: recommendationIds.length, items: content.items.length },
    });
    return { countryCode: values.countryCode, number, id: version!.id };
  });
}
