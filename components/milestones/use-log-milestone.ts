"use client";
/**
 * Logging a milestone with TanStack Query: the milestone shows at once while the server saves it, and goes
 * away with the server's message if the server refuses it.
 */
import { useMutation, useMutationState } from "@tanstack/react-query";
import { logMilestoneAction } from "@/app/(app)/countries/[code]/actions";
import type { ActionState } from "@/app/_edge/action-state-types";

export type MilestonePreview = { title: string; occurredOn: string; evidence: string[] };

/** The server said no: its state carries the message, the field errors and any newer version. */
export class RefusedSave extends Error {
  constructor(readonly state: ActionState) {
    super(state.message ?? "refused");
  }
}

const mutationKeyOf = (countryStepId: string) => ["logMilestone", countryStepId];

export function previewOf(formData: FormData): MilestonePreview {
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  const links = [...formData.entries()]
    .filter(([name, value]) => /^links\.\d+\.url$/.test(name) && String(value).trim() !== "")
    .map(([name, value]) => text(name.replace(/url$/, "title")) || String(value));
  const files = formData
    .getAll("files")
    .flatMap((file) => (typeof file === "object" && file.name ? [file.name] : []));
  return { title: text("title"), occurredOn: text("occurredOn"), evidence: [...links, ...files] };
}

export function useLogMilestone(countryStepId: string) {
  return useMutation({
    mutationKey: mutationKeyOf(countryStepId),
    mutationFn: async ({ formData }: { formData: FormData; preview: MilestonePreview }) => {
      const state = await logMilestoneAction({ status: "idle" }, formData);
      if (state.status !== "success") throw new RefusedSave(state);
      return state;
    },
  });
}

/**
 * Milestones being saved, and saved ones the page does not show yet (the refreshed list is on its way):
 * shown in the list so nothing the user logged seems to vanish.
 */
export function usePendingMilestones(countryStepId: string, shownIds: string[]) {
  const mutations = useMutationState({
    filters: { mutationKey: mutationKeyOf(countryStepId) },
    select: (mutation) => ({
      id: mutation.state.submittedAt,
      status: mutation.state.status,
      savedId: (mutation.state.data as ActionState | undefined)?.id,
      preview: (mutation.state.variables as { preview: MilestonePreview } | undefined)?.preview,
    }),
  });
  const shown = new Set(shownIds);
  return mutations.filter(
    (mutation) => mutation.preview && (mutation.status === "pending" || (mutation.status === "success" && mutation.savedId && !shown.has(mutation.savedId))),
  );
}
