"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { changePassword } from "@/lib/accounts/change-password";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { clientAddress } from "@/lib/auth/client-address";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { ActionState } from "@/lib/forms/action-state";
import { keepThisSession } from "@/app/_edge/keep-session";
import { runFormAction, succeeded } from "@/app/_edge/form-action";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const address = clientAddress(await headers());
  return runFormAction(formData, (db, actor, input) => changePassword(db, actor, input, { address }), async ({ sessionVersion }) => {
    await keepThisSession(sessionVersion);
    return succeeded((await getTranslations("account"))("passwordChanged"));
  });
}

export async function createApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, createApiToken, async (created) => {
    revalidatePath("/profile");
    return succeeded((await getTranslations("apiTokens"))("created"), { data: { token: created.token } });
  });
}

export async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, revokeApiToken, async () => {
    revalidatePath("/profile");
    return succeeded((await getTranslations("apiTokens"))("revokedDone"));
  });
}
