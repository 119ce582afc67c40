"use server";
/** Server actions of the countries administration; lib/ checks the permission and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addCountry } from "@/lib/countries/add-country";
import { editCountry } from "@/lib/countries/edit-country";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";

/** The country's page: its steps are there. */
function toCountry(code: string): never {
  revalidatePath("/countries");
  redirect(`/countries/${code}`);
}

export async function addCountryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addCountry, ({ code }) => toCountry(code), "country.manage");
}

export async function editCountryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editCountry, () => toCountry(String(formData.get("code")).toUpperCase()), "country.manage");
}
