/**
 * What the endorsement form offers: the country's live milestones that hold evidence (a dialogue is recorded with
 * its minutes or report), newest first, and the matrix's proposed recommendations in its order, with the matrix's
 * version the endorser saw. Only for those who may write the matrix.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { type DialogueMilestoneChoice, dialogueMilestoneChoices } from "@/lib/progress/dialogue-versions";
import { getAssessmentMatrix } from "./get-matrix";

export type EndorsementChoices = {
  version: number;
  milestones: DialogueMilestoneChoice[];
  proposed: { id: string; guarantee: string; statement: string }[];
};

export async function getEndorsementChoices(db: Queryable, actor: Actor, code: unknown): Promise<EndorsementChoices> {
  const country = await countryFor(db, actor, code, "assessment.write");
  const [matrix, withEvidence] = await Promise.all([getAssessmentMatrix(db, actor, country.code), dialogueMilestoneChoices(db, country.code)]);
  const proposed = matrix.blocks.flatMap((block) =>
    block.sections.recommendation.filter((item) => item.status === "proposed").map((item) => ({ id: item.id, guarantee: item.guarantee, statement: item.statement })),
  );
  return { version: matrix.version, milestones: withEvidence, proposed };
}
