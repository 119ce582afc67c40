"use client";
/** How a queued create is sent: its fields and files posted to the same server action as the form, with its idempotency key. */
import type { ActionState, ServerAction } from "@/lib/forms/action-state";
import { type QueuedCreate, RefusedSave } from "./queue";

function formDataOf(create: QueuedCreate): FormData {
  const formData = new FormData();
  for (const [name, value] of create.fields) formData.append(name, value);
  formData.set("idempotencyKey", create.idempotencyKey);
  for (const file of create.files ?? []) formData.append("files", file);
  return formData;
}

/** The server actions a queued create is sent to; the country layout hands them to the offline provider. */
export type QueueActions = { logMilestone: ServerAction; addNeed: ServerAction };

export async function sendQueued(action: ServerAction, create: QueuedCreate): Promise<ActionState> {
  const state = await action({ status: "idle" }, formDataOf(create));
  if (state.status !== "success") throw new RefusedSave(state);
  return state;
}
