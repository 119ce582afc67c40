/**
 * What the endorsement form offers: the country's live milestones that hold evidence (a dialogue is recorded with
 * its minutes or report), newest first, and the matrix's proposed recommendations in its order, with the matrix's
 * version the endorser saw. Only for those who may write the matrix.
 */
import { and, desc, eq, exists, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { evidence, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { getAssessmentMatrix } from "./get-matrix";

/** The most milestones offered: a country logs far fewer dialogues; older ones are rarely endorsed afresh. */
const milestoneLimit = 200;

export type EndorsementChoices = {
  version: number;
  milestones: { id: string; title: string; occurredOn: string }[];
  proposed: { id: string; guarantee: string; statement: string }[];
};

export async function getEndorsementChoices(db: Queryable, actor: Actor, code: unknown): Promise<EndorsementChoices> {
  const country = await countryFor(db, actor, code, "assessment.write");
  const [matrix, withEvidence] = await Promise.all([
    getAssessmentMatrix(db, actor, country.code),
    db
      .select({ id: milestones.id, title: milestones.title, occurredOn: milestones.occurredOn })
      .from(milestones)
      .where(
        and(
          eq(milestones.countryCode, country.code),
          isNull(milestones.deletedAt),
          exists(db.select({ one: evidence.id }).from(evidence).where(and(eq(evidence.milestoneId, milestones.id), isNull(evidence.deletedAt)))),
        ),
      )
      .orderBy(desc(milestones.occurredOn), desc(milestones.createdAt))
      .limit(milestoneLimit),
  ]);
  const proposed = matrix.blocks.flatMap((block) =>
    block.sections.recommendation.filter((item) => item.status === "proposed").map((item) => ({ id: item.id, guarantee: item.guarantee, statement: item.statement })),
  );
  return { version: matrix.version, milestones: withEvidence, proposed };
}
