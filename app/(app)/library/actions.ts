"use server";
/** Server actions of the library: each calls one lib/ function, then goes to the resource's page, every page refreshed (each step page shows the library's tools). */
import type { ActionState } from "@/lib/forms/action-state";
import { refreshAllAndGo, runFormAction } from "@/app/_edge/form-action";
import { addResource } from "@/lib/library/add-resource";
import { editResource } from "@/lib/library/edit-resource";
import { withdrawResource } from "@/lib/library/withdraw-resource";

export async function addResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addResource, ({ id }) => refreshAllAndGo(`/library/${id}?done=added`), "resource.write");
}

export async function editResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editResource, ({ id }) => refreshAllAndGo(`/library/${id}?done=saved`), "resource.write");
}

export async function withdrawResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawResource, () => refreshAllAndGo("/library?done=withdrawn"), "resource.write");
}
