/** A framework version as the editor's form posts it: the starting point of the next version. */
import type { FrameworkStepView } from "./framework-records";

export function frameworkFormValues(latestNumber: number, steps: FrameworkStepView[]) {
  return {
    basedOn: String(latestNumber),
    steps: steps.map((step) => ({
      key: step.key,
      position: String(step.position),
      title: step.title,
      description: step.description,
      requiresEvidence: step.requiresEvidence ? "on" : undefined,
      subActivities: step.subActivities.map((subActivity) => ({ key: subActivity.key, title: subActivity.title })),
    })),
  };
}
