/**
 * How a step stands against its plan (decision 2000), as plain arithmetic on calendar days (YYYY-MM-DD, no time
 * zone): its state and its slippage in days, against the current plan and against a baseline.
 */
import type { stepStatuses } from "@/db/schema/values";

export const planStates = ["done", "on_track", "behind", "not_planned"] as const;
export type PlanState = (typeof planStates)[number];

/** Statuses that close a step: nothing more is expected of it. */
export const closedStatuses = ["completed", "not_applicable"] as const satisfies readonly (typeof stepStatuses)[number][];

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today as a calendar day in UTC: the day the server judges plans on unless told another. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type StepAgainstPlan = {
  status: (typeof stepStatuses)[number];
  plannedEnd: string | null;
  /** The day the step was completed (null unless completed). */
  actualEnd: string | null;
  baselineEnd?: string | null;
};

export type PlanJudgement = {
  state: PlanState;
  /**
   * Actual end − planned end for a completed step; for one still open, today − planned end once that day has passed,
   * else 0 (its forecast end is the planned one). Null when there is no planned end, or the step is not applicable.
   */
  slippageDays: number | null;
  /** Current planned end − the baseline's planned end: how far the plan itself has moved. Null unless both exist. */
  baselineSlippageDays: number | null;
};

export function judgeStep(step: StepAgainstPlan, today: string): PlanJudgement {
  const baselineSlippageDays = step.plannedEnd !== null && step.baselineEnd ? daysBetween(step.baselineEnd, step.plannedEnd) : null;
  const closed = (closedStatuses as readonly string[]).includes(step.status);
  if (closed) {
    const slippageDays = step.plannedEnd !== null && step.actualEnd !== null ? daysBetween(step.plannedEnd, step.actualEnd) : null;
    return { state: "done", slippageDays, baselineSlippageDays };
  }
  if (step.plannedEnd === null) return { state: "not_planned", slippageDays: null, baselineSlippageDays };
  const overdue = daysBetween(step.plannedEnd, today);
  return overdue > 0
    ? { state: "behind", slippageDays: overdue, baselineSlippageDays }
    : { state: "on_track", slippageDays: 0, baselineSlippageDays };
}

/** A planned milestone is late when its expected day has passed and nothing was logged for it. */
export function isLate(expectedOn: string, logged: boolean, today: string): boolean {
  return !logged && expectedOn < today;
}
