/**
 * A working group's workspace: the country's steps in order, each with its status, the date of its last
 * change, its sub-activity checklist, and its latest milestones with their evidence.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type CountryStepSummary, getCountryOverview } from "@/lib/countries/get-country-overview";
import { type ChecklistItem, loadChecklists } from "./step-checklists";
import { listMilestones, type MilestoneView } from "./milestone-list";

/** The workspace shows this many milestones per step; the step page shows them all. */
export const milestonesPerStepInWorkspace = 5;

export type WorkspaceStep = CountryStepSummary & {
  number: number;
  lastChangeAt: Date | null;
  checklist: ChecklistItem[];
  milestones: MilestoneView[];
  milestoneCount: number;
  evidenceCount: number;
};

const latest = (dates: (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((found, date) => (date && (!found || date > found) ? date : found), null);

export async function getCountryWorkspace(db: Queryable, actor: Actor, code: unknown) {
  const { country, steps } = await getCountryOverview(db, actor, code);
  const [checklists, all] = await Promise.all([
    loadChecklists(db, steps.map((step) => step.id)),
    listMilestones(db, actor, eq(milestones.countryCode, country.code)),
  ]);

  const workspaceSteps: WorkspaceStep[] = steps.map((step, index) => {
    const ofStep = all.filter((milestone) => milestone.countryStepId === step.id);
    const current = ofStep.filter((milestone) => milestone.deletedAt === null);
    const checklist = checklists.get(step.id) ?? [];
    return {
      ...step,
      number: index + 1,
      // Deleted milestones count as a change too: the step looked different afterwards.
      lastChangeAt: latest([
        step.statusChangedAt,
        ...ofStep.map((milestone) => milestone.updatedAt),
        ...current.flatMap((milestone) => milestone.evidence.map((item) => item.addedAt)),
        ...checklist.map((item) => item.changedAt),
      ]),
      checklist,
      milestones: current.slice(0, milestonesPerStepInWorkspace),
      milestoneCount: current.length,
      evidenceCount: current.reduce((total, milestone) => total + milestone.evidence.length, 0),
    };
  });
  return { country, steps: workspaceSteps };
}
