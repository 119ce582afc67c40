"use server";
/** Server actions that send creates queued while offline: they answer with a state and never redirect the page the member is on. */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { addNeed } from "@/lib/support/add-need";

export async function sendQueuedNeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addNeed, async (result) => {
    revalidatePath(`/countries/${String(formData.get("countryCode")).toUpperCase()}`, "layout");
    return succeeded((await getTranslations("support.done"))("needAdded"), { id: result.id });
  }, "need.write");
}
