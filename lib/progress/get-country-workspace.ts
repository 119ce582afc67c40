/**
 * A working group's workspace: the country's steps in order, each with its status, the date of its last
 * change, its sub-activity checklist, and its latest milestones with their evidence. Counts and dates come from the
 * steps' kept figures (decision 2420), so the page reads a few rows per step however long the country's history.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { type CountryStepSummary, getCountryOverview } from "@/lib/countries/get-country-overview";
import { type ChecklistItem, loadChecklists } from "./step-checklists";
import { listLatestMilestonesOfSteps, type MilestoneView } from "./milestone-list";
import { noFigures, readStepFigures } from "./step-figures";

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
  const stepIds = steps.map((step) => step.id);
  const [checklists, figures, latestMilestones] = await Promise.all([
    loadChecklists(db, stepIds),
    readStepFigures(db, actor, stepIds),
    listLatestMilestonesOfSteps(db, actor, stepIds, milestonesPerStepInWorkspace),
  ]);

  const workspaceSteps: WorkspaceStep[] = steps.map((step, index) => {
    const stepFigures = figures.get(step.id) ?? noFigures;
    const checklist = checklists.get(step.id) ?? [];
    return {
      ...step,
      number: index + 1,
      // Withdrawn milestones count as a change too (their figure's date includes them): the step looked different afterwards.
      lastChangeAt: latest([step.statusChangedAt, stepFigures.milestonesChangedAt, stepFigures.evidenceAddedAt, ...checklist.map((item) => item.changedAt)]),
      checklist,
      milestones: latestMilestones.filter((milestone) => milestone.countryStepId === step.id),
      milestoneCount: stepFigures.milestones,
      evidenceCount: stepFigures.evidence,
    };
  });
  return { country, steps: workspaceSteps };
}
