/** The milestones a dialogue form offers, as its select shows them: "12 Jun 2025 · First national dialogue". */
import type { createFormatter } from "next-intl";
import type { DialogueMilestoneChoice } from "@/lib/progress/dialogue-versions";

export function milestoneOptions(format: ReturnType<typeof createFormatter>, milestones: DialogueMilestoneChoice[]): { value: string; label: string }[] {
  return milestones.map((milestone) => ({
    value: milestone.id,
    label: `${format.dateTime(new Date(`${milestone.occurredOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })} · ${milestone.title}`,
  }));
}
