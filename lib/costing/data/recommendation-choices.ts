/**
 * The recommendations a scenario's form offers to cost: the country's live recommendations of kind "benefit or
 * coverage change" that a national dialogue endorsed or that were adopted since (decision 1820), in the matrix's
 * order, read through the matrix's own read so its sharing rule holds. A matrix the actor does not read offers none.
 */
import type { Guarantee } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import type { Queryable } from "@/db/engine";

export type CostableRecommendation = { id: string; statement: string; guarantee: Guarantee; status: "endorsed" | "adopted" };

export async function listCostableRecommendations(db: Queryable, actor: Actor, code: unknown): Promise<CostableRecommendation[]> {
  const matrix = await getAssessmentMatrix(db, actor, code);
  return matrix.blocks.flatMap((block) =>
    block.sections.recommendation.flatMap((item) =>
      item.recommendationKind === "benefit_coverage" && (item.status === "endorsed" || item.status === "adopted")
        ? [{ id: item.id, statement: item.statement, guarantee: item.guarantee, status: item.status }]
        : [],
    ),
  );
}
