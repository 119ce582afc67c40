"use server";
/** Server actions of the agencies administration; lib/ checks the permission and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAgency } from "@/lib/agencies/add-agency";
import { editAgency } from "@/lib/agencies/edit-agency";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";

function backToAgencies(): never {
  revalidatePath("/admin/agencies");
  redirect("/admin/agencies");
}

export async function addAgencyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addAgency, backToAgencies, "agency.manage");
}

export async function editAgencyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editAgency, backToAgencies, "agency.manage");
}
