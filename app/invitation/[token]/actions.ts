"use server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import { formDataToObject } from "@/lib/validation/form-data";
import { type ActionState, actAnonymously } from "../../_edge/action-state";

export async function acceptInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return actAnonymously(async () => {
    const { email } = await acceptInvitation(await getDb(), formDataToObject(formData));
    return { status: "success", message: (await getTranslations("invitationPage"))("done"), data: { email } };
  });
}
