"use server";
/** Server actions of the webhooks' settings; lib/ checks the permission, the owner and the version. */
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { deleteEndpoint, disableEndpoint, enableEndpoint, rotateEndpointSecret } from "@/lib/webhooks/change-endpoint";
import { editEndpoint } from "@/lib/webhooks/edit-endpoint";
import { registerEndpoint } from "@/lib/webhooks/register-endpoint";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";

const backTo = (id: string, done: string): never => redirect(`/settings/webhooks/${id}?done=${done}`);

export async function registerEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, registerEndpoint, ({ id }) => backTo(id, "registered"), "webhook.manage");
}

export async function editEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editEndpoint, ({ id }) => backTo(id, "edited"), "webhook.manage");
}

export async function rotateEndpointSecretAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, rotateEndpointSecret, ({ id }) => backTo(id, "rotated"), "webhook.manage");
}

export async function disableEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, disableEndpoint, ({ id }) => backTo(id, "disabled"), "webhook.manage");
}

export async function enableEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, enableEndpoint, ({ id }) => backTo(id, "enabled"), "webhook.manage");
}

export async function deleteEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, deleteEndpoint, () => redirect("/settings/webhooks?done=deleted"), "webhook.manage");
}

export async function sendTestEventAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const id = String(formData.get("id"));
  return runFormAction(formData, sendTestEvent, () => backTo(id, "tested"), "webhook.manage");
}
