/**
 * The plain shape the roadmap's chart and table draw, one row per step in the country's order. The plan page and the
 * country report fill it from `getCountryPlan` (roadmapOf); the chart knows nothing of the database.
 */

export type RoadmapState = "done" | "on_track" | "behind" | "not_planned";

export type RoadmapMilestone = {
  id: string;
  title: string;
  expectedOn: string;
  /** Logged as a milestone: actual. */
  logged: boolean;
  /** Past its expected day and not logged. */
  late: boolean;
  /** Withdrawn since the chosen baseline was saved: listed in the table, not drawn. */
  withdrawn: boolean;
  /** Its expected day in the chosen baseline. */
  baselineExpectedOn: string | null;
};

export type RoadmapStep = {
  id: string;
  number: number;
  title: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** The first milestone's day. */
  actualStart: string | null;
  /** The day the step was completed; null while under way (the bar then runs to today). */
  actualEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  /** Days late (positive) or early (negative) against the plan; null when it cannot be said (decision 2030). */
  slippageDays: number | null;
  /** How far the planned end has moved since the chosen baseline (later: positive); null without both. */
  baselineSlippageDays: number | null;
  state: RoadmapState;
  milestones: RoadmapMilestone[];
};

export type Roadmap = {
  /** The day the chart is drawn for (ISO), where its today line is. */
  today: string;
  /** The baseline compared with, by name, when one is chosen. */
  baselineName: string | null;
  steps: RoadmapStep[];
};

/** Whether the country has planned anything the roadmap draws: a step's planned dates, or a planned milestone. */
export function hasPlannedSteps(roadmap: Roadmap): boolean {
  return roadmap.steps.some((step) => step.plannedStart || step.plannedEnd || step.milestones.some((milestone) => !milestone.withdrawn));
}

/** Every day the chart must show, today included. */
export function roadmapDays(roadmap: Roadmap): string[] {
  const days = [roadmap.today];
  for (const step of roadmap.steps) {
    for (const day of [step.plannedStart, step.plannedEnd, step.actualStart, step.actualEnd, step.baselineStart, step.baselineEnd]) if (day) days.push(day);
    for (const milestone of step.milestones) if (!milestone.withdrawn) days.push(milestone.expectedOn);
  }
  return days;
}
