/** What a user whose milestone save came too late is shown: the milestone as it now stands, and who saved it. */
import type { Queryable } from "@/db/engine";
import { lastChangeOf, type MilestoneRecord } from "./records";

export type MilestoneConflictView = {
  kind: "milestone";
  title: string;
  occurredOn: string;
  description: string;
  sharingLevel: "country" | "all";
  version: number;
  deleted: boolean;
  changedBy: string | null;
  changedAt: string | null;
};

export async function milestoneConflictView(db: Queryable, milestone: MilestoneRecord): Promise<MilestoneConflictView> {
  return {
    kind: "milestone",
    title: milestone.title,
    occurredOn: milestone.occurredOn,
    description: milestone.description,
    sharingLevel: milestone.sharingLevel,
    version: milestone.version,
    deleted: milestone.deletedAt !== null,
    ...(await lastChangeOf(db, "milestone", milestone.id)),
  };
}
