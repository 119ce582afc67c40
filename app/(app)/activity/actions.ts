"use server";
/** Server action of the activity pages: choosing the countries one follows. */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { chooseFollowedCountries } from "@/lib/activity/choose-followed-countries";

export async function chooseFollowedCountriesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, chooseFollowedCountries, async (result) => {
    revalidatePath("/activity", "layout");
    const t = await getTranslations("activity");
    return succeeded(result.changed ? t("saved", { count: result.following }) : t("unchanged", { count: result.following }));
  });
}
