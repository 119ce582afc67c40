/** The roadmap's plain shape from a country's plan as lib/ reads it: steps numbered in order, titles in the reader's language. */
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { CountryPlan } from "@/lib/plans/get-country-plan";
import type { Roadmap } from "./roadmap-data";

export function roadmapOf(plan: CountryPlan, locale: Locale): Roadmap {
  return {
    today: plan.today,
    baselineName: plan.baseline?.name ?? null,
    steps: plan.steps.map((step, index) => ({
      id: step.countryStepId,
      number: index + 1,
      title: titleText(step.title, locale),
      plannedStart: step.plannedStart,
      plannedEnd: step.plannedEnd,
      actualStart: step.actualStart,
      actualEnd: step.actualEnd,
      baselineStart: step.baselineStart,
      baselineEnd: step.baselineEnd,
      slippageDays: step.slippageDays,
      baselineSlippageDays: step.baselineSlippageDays,
      state: step.state,
      milestones: step.plannedMilestones.map((milestone) => ({
        id: milestone.id,
        title: milestone.title,
        expectedOn: milestone.expectedOn,
        logged: milestone.logged,
        late: milestone.late,
        withdrawn: milestone.withdrawn,
        baselineExpectedOn: milestone.baselineExpectedOn,
      })),
    })),
  };
}
