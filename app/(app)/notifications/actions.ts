"use server";
/** Server actions of the notifications page: marking read, and choosing how each kind arrives. */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { setNotificationPreference } from "@/lib/notifications/set-notification-preference";

export async function markNotificationsReadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, markNotificationsRead, async () => {
    revalidatePath("/", "layout"); // the bell in every page's shell
    return succeeded((await getTranslations("notifications"))("markedRead"));
  });
}

export async function setNotificationPreferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, setNotificationPreference, async () => {
    revalidatePath("/notifications");
    return succeeded((await getTranslations("notifications"))("preferenceSaved"));
  });
}
