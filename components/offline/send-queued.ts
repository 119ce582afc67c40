"use client";
/** How a queued create is sent: its fields and files posted to the same server action as the form, with its idempotency key. */
import { logMilestoneAction } from "@/app/(app)/countries/[code]/actions";
import { sendQueuedNeedAction } from "@/app/(app)/countries/[code]/offline-actions";
import type { ActionState } from "@/app/_edge/action-state-types";
import { type QueuedCreate, RefusedSave } from "./queue";

function formDataOf(create: QueuedCreate): FormData {
  const formData = new FormData();
  for (const [name, value] of create.fields) formData.append(name, value);
  formData.set("idempotencyKey", create.idempotencyKey);
  for (const file of create.files ?? []) formData.append("files", file);
  return formData;
}

async function send(action: (state: ActionState, formData: FormData) => Promise<ActionState>, create: QueuedCreate): Promise<ActionState> {
  const state = await action({ status: "idle" }, formDataOf(create));
  if (state.status !== "success") throw new RefusedSave(state);
  return state;
}

export const sendMilestone = (create: QueuedCreate) => send(logMilestoneAction, create);
export const sendNeed = (create: QueuedCreate) => send(sendQueuedNeedAction, create);
