/**
 * A country's assessment matrix in one line for its page: how many gaps, issues and recommendations (by status) it
 * holds and its latest endorsed version, as the actor may read it. Two grouped queries, whatever the matrix's size.
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, assessmentVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { matrixReadable } from "./get-matrix";

export type AssessmentSummary = {
  readable: boolean;
  policyGaps: number;
  implementationIssues: number;
  recommendations: number;
  /** Recommendations endorsed or adopted: the country's policy options. */
  policyOptions: number;
  latestVersion: { number: number; endorsedOn: string } | null;
};

export async function getAssessmentSummary(db: Queryable, actor: Actor, countryCode: string): Promise<AssessmentSummary> {
  const { readable } = await matrixReadable(db, actor, countryCode);
  const empty = { readable, policyGaps: 0, implementationIssues: 0, recommendations: 0, policyOptions: 0, latestVersion: null };
  if (!readable) return empty;
  const [groups, [latest]] = await Promise.all([
    db
      .select({ section: assessmentItems.section, status: assessmentItems.status, count: count() })
      .from(assessmentItems)
      .where(and(eq(assessmentItems.countryCode, countryCode), isNull(assessmentItems.deletedAt)))
      .groupBy(assessmentItems.section, assessmentItems.status),
    db
      .select({ number: assessmentVersions.number, endorsedOn: assessmentVersions.endorsedOn })
      .from(assessmentVersions)
      .where(eq(assessmentVersions.countryCode, countryCode))
      .orderBy(desc(assessmentVersions.number))
      .limit(1),
  ]);
  const sum = (match: (group: (typeof groups)[number]) => boolean) => groups.filter(match).reduce((total, group) => total + group.count, 0);
  return {
    ...empty,
    policyGaps: sum((group) => group.section === "policy_gap"),
    implementationIssues: sum((group) => group.section === "implementation_issue"),
    recommendations: sum((group) => group.section === "recommendation"),
    policyOptions: sum((group) => group.status === "endorsed" || group.status === "adopted"),
    latestVersion: latest ?? null,
  };
}
