"use server";
import { getTranslations } from "next-intl/server";
import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import type { ActionState } from "@/lib/forms/action-state";
import { runAnonymousFormAction, succeeded } from "@/app/_edge/form-action";

export async function acceptInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAnonymousFormAction(formData, acceptInvitation, async ({ email }) =>
    succeeded((await getTranslations("invitationPage"))("done"), { data: { email } }),
  );
}
