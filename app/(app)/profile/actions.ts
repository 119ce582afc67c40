"use server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { changePassword } from "@/lib/accounts/change-password";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/session";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actionErrorState } from "../../_edge/action-state";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    await changePassword(await getDb(), actor, formDataToObject(formData));
    return { status: "success", message: (await getTranslations("account"))("passwordChanged") };
  } catch (error) {
    return actionErrorState(error);
  }
}
