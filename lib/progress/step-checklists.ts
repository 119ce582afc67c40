/** The sub-activity checklists of a country's steps: each framework sub-activity, ticked or not for the country. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, countrySubActivities, frameworkSubActivities, type LocalizedText, users } from "@/db/schema";

export type ChecklistItem = {
  id: string;
  key: string;
  title: LocalizedText;
  done: boolean;
  changedAt: Date | null;
  changedByName: string | null;
};

/** Checklist items by country step id, in the framework's order. */
export async function loadChecklists(db: Queryable, countryStepIds: string[]): Promise<Map<string, ChecklistItem[]>> {
  const checklists = new Map<string, ChecklistItem[]>();
  if (countryStepIds.length === 0) return checklists;
  const rows = await db
    .select({
      countryStepId: countrySteps.id,
      id: frameworkSubActivities.id,
      key: frameworkSubActivities.key,
      title: frameworkSubActivities.title,
      done: countrySubActivities.done,
      changedAt: countrySubActivities.changedAt,
      changedByName: users.name,
    })
    .from(countrySteps)
    .innerJoin(frameworkSubActivities, eq(frameworkSubActivities.stepId, countrySteps.frameworkStepId))
    .leftJoin(
      countrySubActivities,
      and(eq(countrySubActivities.countryStepId, countrySteps.id), eq(countrySubActivities.subActivityId, frameworkSubActivities.id)),
    )
    .leftJoin(users, eq(users.id, countrySubActivities.changedById))
    .where(inArray(countrySteps.id, countryStepIds))
    .orderBy(asc(frameworkSubActivities.position));
  for (const { countryStepId, ...row } of rows) {
    const item = { ...row, done: row.done ?? false, changedAt: row.changedAt ?? null };
    checklists.set(countryStepId, [...(checklists.get(countryStepId) ?? []), item]);
  }
  return checklists;
}
