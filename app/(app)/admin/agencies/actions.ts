"use server";
/** Server actions of the agencies administration; lib/ checks the permission and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addAgency } from "@/lib/agencies/add-agency";
import { editAgency } from "@/lib/agencies/edit-agency";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actAs } from "../../../_edge/action-state";

type Save = (db: Database, actor: Actor, input: unknown) => Promise<unknown>;

async function saveAndReturn(save: Save, formData: FormData): Promise<ActionState> {
  const state = await actAs(async (actor) => {
    await save(await getDb(), actor, formDataToObject(formData));
    return { status: "success" };
  });
  if (state.status !== "success") return state;
  revalidatePath("/admin/agencies");
  redirect("/admin/agencies");
}

export async function addAgencyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveAndReturn(addAgency, formData);
}

export async function editAgencyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveAndReturn(editAgency, formData);
}
