"use server";
/** Server action of the activity page: following a country, or no longer. */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { followCountry } from "@/lib/activity/follow-country";

export async function followCountryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, followCountry, async (result) => {
    revalidatePath("/activity");
    return succeeded((await getTranslations("activity"))(result.following ? "followed" : "unfollowed"));
  });
}
