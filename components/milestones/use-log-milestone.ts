"use client";
/**
 * Logging a milestone with TanStack Query: the milestone shows at once while the server saves it, and goes
 * away with the server's message if the server refuses it. Without a connection it waits in the country's
 * offline queue (components/offline), shown on the item until it is sent or refused.
 */
import { useMutation } from "@tanstack/react-query";
import type { ActionState } from "@/lib/forms/action-state";
import { milestoneMutationKey, type QueuedCreate } from "@/components/offline/queue";
import { useQueuedItems } from "@/components/offline/queued-items";

export { RefusedSave } from "@/components/offline/queue";

export type MilestonePreview = { title: string; occurredOn: string; evidence: string[] };

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

/** The function comes from the query client's defaults, so a create restored after a reload knows it too. */
export function useLogMilestone(countryStepId: string) {
  return useMutation<ActionState, Error, QueuedCreate<MilestonePreview>>({ mutationKey: milestoneMutationKey(countryStepId) });
}

/**
 * Milestones being saved or waiting for the connection, queued ones the server refused, and saved ones the
 * page does not show yet (the refreshed list is on its way): shown so nothing the user logged seems to vanish.
 */
export function usePendingMilestones(countryStepId: string, shownIds: string[]) {
  const items = useQueuedItems<MilestonePreview>(milestoneMutationKey(countryStepId));
  const shown = new Set(shownIds);
  return items.filter(
    (item) =>
      item.preview &&
      (item.status === "pending" || (item.status === "error" && item.queued) || (item.status === "success" && item.savedId && !shown.has(item.savedId))),
  );
}
