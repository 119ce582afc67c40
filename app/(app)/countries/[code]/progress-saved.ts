/** What a progress form says once saved: every page under the country is refreshed, then the message. */
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import type { MessageKey } from "@/lib/i18n/message-key";
import { succeeded } from "@/app/_edge/form-action";

type Saved = { countryCode: string; id?: string };

export function progressSaved(message: MessageKey | null) {
  return async (result: Saved): Promise<ActionState> => {
    // Everything under the country shows progress: its workspace, steps, milestones and timeline.
    revalidatePath(`/countries/${result.countryCode}`, "layout");
    const t = await getTranslations();
    return succeeded(message ? t(message) : undefined, { id: result.id });
  };
}
