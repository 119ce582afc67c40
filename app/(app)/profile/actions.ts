"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { changePassword } from "@/lib/accounts/change-password";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actAs } from "../../_edge/action-state";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return actAs(async (actor) => {
    await changePassword(await getDb(), actor, formDataToObject(formData));
    return { status: "success", message: (await getTranslations("account"))("passwordChanged") };
  });
}

export async function createApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return actAs(async (actor) => {
    const created = await createApiToken(await getDb(), actor, formDataToObject(formData));
    revalidatePath("/profile");
    return { status: "success", message: (await getTranslations("apiTokens"))("created"), data: { token: created.token } };
  });
}

export async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return actAs(async (actor) => {
    await revokeApiToken(await getDb(), actor, formDataToObject(formData));
    revalidatePath("/profile");
    return { status: "success", message: (await getTranslations("apiTokens"))("revokedDone") };
  });
}
