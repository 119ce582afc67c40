/**
 * The check a coordinator runs before publishing a country's page: what would look wrong to a visitor, judged on
 * the page as it would be published (read-public-country.ts). It never blocks: publishing over it is recorded.
 */
import type { StepTitle } from "@/lib/progress/step-title";
import type { PublicCountry } from "./read-public-country";

export type QualityWarning =
  /** A completed step with no evidence shared with all on its shared milestones. */
  | { kind: "completedStepWithoutEvidence"; stepId: string; position: number; title: StepTitle }
  /** Nothing recorded for the country in the last year (or ever). */
  | { kind: "notUpdatedForAYear"; lastUpdatedAt: string | null }
  /** A figure shown without its source: an indicator's value or baseline. */
  | { kind: "figureWithoutSource"; indicatorCode: string; period: string }
  /** No milestone is shared with all: the page would show steps alone. */
  | { kind: "nothingShared" };

const yearMs = 365 * 24 * 60 * 60 * 1000;

export function qualityWarnings(view: PublicCountry, now: Date = new Date()): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const evidenced = new Set(view.milestones.filter((milestone) => milestone.evidence.length > 0).map((milestone) => milestone.countryStepId));
  for (const step of view.steps) {
    if (step.status === "completed" && !evidenced.has(step.id)) warnings.push({ kind: "completedStepWithoutEvidence", stepId: step.id, position: step.position, title: step.title });
  }
  if (view.lastUpdatedAt === null || now.getTime() - Date.parse(view.lastUpdatedAt) > yearMs) {
    warnings.push({ kind: "notUpdatedForAYear", lastUpdatedAt: view.lastUpdatedAt });
  }
  for (const indicator of view.results) {
    if (indicator.baseline && indicator.baseline.source.trim() === "") {
      warnings.push({ kind: "figureWithoutSource", indicatorCode: indicator.code, period: String(indicator.baseline.year) });
    }
    for (const value of indicator.values) {
      if (value.source.trim() === "") warnings.push({ kind: "figureWithoutSource", indicatorCode: indicator.code, period: value.period });
    }
  }
  if (view.milestones.length === 0) warnings.push({ kind: "nothingShared" });
  return warnings;
}
