/**
 * Where a country stands in a round on a given day (decision 2010): on time (submitted by the due date, and still so
 * once accepted), late (submitted after it), returned, missing (nothing submitted and past due) or pending (not due).
 * Judged on the latest submission, by its UTC day; the due date itself is on time.
 */
import type { CountryReportStatus } from "@/db/schema/values";

export const completenessStates = ["on_time", "late", "returned", "missing", "pending"] as const;
export type CompletenessState = (typeof completenessStates)[number];

export type ReportStanding = { status: CountryReportStatus; submittedAt: Date | null } | null;

export function completenessOf(report: ReportStanding, dueOn: string, today: string): CompletenessState {
  if (report?.status === "returned") return "returned";
  // A reopened report was accepted before: it keeps the standing of the submission that was accepted.
  if (report && report.status !== "draft" && report.submittedAt) {
    return report.submittedAt.toISOString().slice(0, 10) <= dueOn ? "on_time" : "late";
  }
  return today > dueOn ? "missing" : "pending";
}

export function countByState(states: readonly CompletenessState[]): Record<CompletenessState, number> {
  const counts = Object.fromEntries(completenessStates.map((state) => [state, 0])) as Record<CompletenessState, number>;
  for (const state of states) counts[state]++;
  return counts;
}

/** The share on time of the countries whose report is due (pending ones left out); null while none is due. */
export function shareOnTime(counts: Record<CompletenessState, number>): number | null {
  const due = counts.on_time + counts.late + counts.returned + counts.missing;
  return due === 0 ? null : counts.on_time / due;
}

/** Today's date (UTC), the day completeness is judged on unless a page or a test names another. */
export const utcToday = (now: Date = new Date()) => now.toISOString().slice(0, 10);
