"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { changeCountryPublication } from "@/lib/publication/publish-country";

/** Publishes a country's public page or takes it down; the form's edge refreshes the public pages it touched. */
export async function changeCountryPublicationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    changeCountryPublication,
    (publication) => redirect(`/countries/${publication.countryCode}/publication?done=${publication.published ? "published" : "unpublished"}`),
    "country.publish",
  );
}
