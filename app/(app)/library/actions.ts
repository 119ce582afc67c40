"use server";
/** Server actions of the library: each calls one lib/ function, then goes to the resource's page. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
import { addResource } from "@/lib/library/add-resource";
import { editResource } from "@/lib/library/edit-resource";
import { withdrawResource } from "@/lib/library/withdraw-resource";

/** Every step page shows the library's tools: they are refreshed with the library. */
function done(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

export async function addResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addResource, ({ id }) => done(`/library/${id}?done=added`), "resource.write");
}

export async function editResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editResource, ({ id }) => done(`/library/${id}?done=saved`), "resource.write");
}

export async function withdrawResourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawResource, () => done("/library?done=withdrawn"), "resource.write");
}
