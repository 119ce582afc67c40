"use server";
/** Server actions of one's own two-factor sign-in; each calls one lib/second-factor function. */
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { keepThisSession } from "@/app/_edge/keep-session";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { clientAddress } from "@/lib/auth/client-address";
import type { ActionState } from "@/lib/forms/action-state";
import { regenerateRecoveryCodes, turnOffSecondFactor } from "@/lib/second-factor/manage-second-factor";
import { confirmSecondFactor, startSecondFactorSetUp } from "@/lib/second-factor/set-up-second-factor";

function refreshPages() {
  revalidatePath("/profile/two-factor");
  revalidatePath("/profile");
}

export async function startSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, (db, actor) => startSecondFactorSetUp(db, actor), async () => {
    refreshPages();
    return succeeded((await getTranslations("secondFactor"))("started"));
  });
}

/**
 * Confirming the set-up and making new recovery codes are one action: both hand back codes to show once, from one
 * form kept in one place on the page, so the codes stay on screen when the page around them changes.
 */
export async function recoveryCodesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("secondFactor");
  if (formData.get("intent") === "confirm") {
    return runFormAction(formData, confirmSecondFactor, async ({ recoveryCodes, sessionVersion }) => {
      await keepThisSession(sessionVersion);
      refreshPages();
      return succeeded(t("turnedOn"), { data: { recoveryCodes: recoveryCodes.join("\n") } });
    });
  }
  const address = clientAddress(await headers());
  return runFormAction(formData, (db, actor, input) => regenerateRecoveryCodes(db, actor, input, { address }), ({ recoveryCodes }) => {
    refreshPages();
    return succeeded(t("regenerated"), { data: { recoveryCodes: recoveryCodes.join("\n") } });
  });
}

export async function turnOffSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const address = clientAddress(await headers());
  return runFormAction(formData, (db, actor, input) => turnOffSecondFactor(db, actor, input, { address }), async () => {
    refreshPages();
    return succeeded((await getTranslations("secondFactor"))("turnedOff"));
  });
}
