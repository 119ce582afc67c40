"use server";
import { getTranslations } from "next-intl/server";
import { resetPassword } from "@/lib/accounts/reset-password";
import type { ActionState } from "@/lib/forms/action-state";
import { runAnonymousFormAction, succeeded } from "@/app/_edge/form-action";

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAnonymousFormAction(formData, resetPassword, async ({ email }) =>
    succeeded((await getTranslations("passwordResetPage"))("done"), { data: { email } }),
  );
}
