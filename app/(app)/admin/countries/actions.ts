"use server";
/** Server actions of the countries administration; lib/ checks the permission and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { addCountry } from "@/lib/countries/add-country";
import { editCountry } from "@/lib/countries/edit-country";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actAs } from "../../../_edge/action-state";

export async function addCountryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await actAs(async (actor) => {
    const { code } = await addCountry(await getDb(), actor, formDataToObject(formData));
    return { status: "success", data: { code } };
  });
  if (state.status !== "success") return state;
  revalidatePath("/countries");
  redirect(`/countries/${state.data!.code}`); // the new country's page: its steps are there
}

export async function editCountryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await actAs(async (actor) => {
    await editCountry(await getDb(), actor, formDataToObject(formData));
    return { status: "success" };
  });
  if (state.status !== "success") return state;
  const code = String(formData.get("code")).toUpperCase();
  revalidatePath("/countries");
  redirect(`/countries/${code}`);
}
