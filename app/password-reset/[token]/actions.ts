"use server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { resetPassword } from "@/lib/accounts/reset-password";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actAnonymously } from "../../_edge/action-state";

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return actAnonymously(async () => {
    const { email } = await resetPassword(await getDb(), formDataToObject(formData));
    return { status: "success", message: (await getTranslations("passwordResetPage"))("done"), data: { email } };
  });
}
