"use server";
/** Server actions of the indicator catalogue; lib/ checks the permission (indicator.catalogue) and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { addCatalogueIndicator } from "@/lib/results/add-indicator";
import { editIndicator } from "@/lib/results/edit-indicator";
import { restoreIndicator } from "@/lib/results/restore-indicator";
import { withdrawIndicator } from "@/lib/results/withdraw-indicator";

function backToCatalogue(done: "added" | "saved" | "withdrawn" | "restored"): never {
  // The catalogue is every results page's list of choices.
  revalidatePath("/", "layout");
  redirect(`/results/indicators?done=${done}`);
}

export async function addCatalogueIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addCatalogueIndicator, () => backToCatalogue("added"), "indicator.catalogue");
}

export async function editCatalogueIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editIndicator, () => backToCatalogue("saved"), "indicator.catalogue");
}

export async function withdrawCatalogueIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawIndicator, () => backToCatalogue("withdrawn"), "indicator.catalogue");
}

export async function restoreCatalogueIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreIndicator, () => backToCatalogue("restored"), "indicator.catalogue");
}
