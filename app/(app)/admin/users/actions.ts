"use server";
/** Server actions of the users administration; each calls one lib/ function, which checks the permission. */
import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { deactivateUser } from "@/lib/accounts/deactivate-user";
import { grantRole } from "@/lib/accounts/grant-role";
import { inviteUser } from "@/lib/accounts/invite-user";
import { issuePasswordReset } from "@/lib/accounts/issue-password-reset";
import { reactivateUser } from "@/lib/accounts/reactivate-user";
import { revokeInvitation } from "@/lib/accounts/revoke-invitation";
import { revokeRole } from "@/lib/accounts/revoke-role";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { resetSecondFactor } from "@/lib/second-factor/reset-second-factor";
import { setSecondFactorRequirement } from "@/lib/second-factor/set-second-factor-requirement";
import { unlinkIdentity } from "@/lib/accounts/unlink-identity";
import type { LinkDelivery } from "@/lib/mail/deliver-link";
import { configuredMailer } from "@/lib/mail/mailer";
import type { ActionState } from "@/lib/forms/action-state";
import type { NamespaceKey } from "@/lib/i18n/message-key";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { publicOrigin } from "@/app/_edge/public-origin";

async function linkOptions() {
  return { origin: await publicOrigin(), mailer: configuredMailer() };
}

/** The message for a delivered link, and the link itself when the coordinator must pass it on. */
async function deliveryState(result: LinkDelivery & { email: string; expiresAt: Date }, keys: Record<LinkDelivery["delivery"], NamespaceKey<"adminUsers">>): Promise<ActionState> {
  const [t, format] = await Promise.all([getTranslations("adminUsers"), getFormatter()]);
  const expires = format.dateTime(result.expiresAt, { dateStyle: "long", timeStyle: "short" });
  const message = t(keys[result.delivery], { email: result.email, expires });
  return { status: "success", message, data: "link" in result ? { link: result.link } : undefined };
}

export async function inviteUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const options = await linkOptions();
  return runFormAction(formData, (db, actor, input) => inviteUser(db, actor, input, options), (sent) => {
    revalidatePath("/admin/users");
    return deliveryState(sent, { mailed: "invitationMailed", shown: "invitationShown", mailFailed: "invitationMailFailed" });
  }, "user.manage");
}

export async function issuePasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const options = await linkOptions();
  return runFormAction(formData, (db, actor, input) => issuePasswordReset(db, actor, input, options), (issued) => {
    revalidatePath(`/admin/users/${String(formData.get("userId"))}`);
    return deliveryState(issued, { mailed: "resetMailed", shown: "resetShown", mailFailed: "resetMailFailed" });
  }, "user.manage");
}

/** A change to one account: done, the page re-reads the account; refused, the form says why. */
function accountChange(change: typeof grantRole, successKey: "roleAdded" | "roleRemoved" | "deactivated" | "reactivated" | "signedOutEverywhere") {
  return async (formData: FormData): Promise<ActionState> => {
    revalidatePath(`/admin/users/${String(formData.get("userId"))}`); // refused too: the account may have changed meanwhile
    return runFormAction(formData, change, async () => succeeded((await getTranslations("adminUsers"))(successKey)), "user.manage");
  };
}

export async function grantRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return accountChange(grantRole, "roleAdded")(formData);
}

export async function revokeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return accountChange(revokeRole, "roleRemoved")(formData);
}

/** One action for both directions, so the button keeps its message when the account's state flips. */
export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formData.get("active") === "true"
    ? accountChange(reactivateUser, "reactivated")(formData)
    : accountChange(deactivateUser, "deactivated")(formData);
}

export async function signOutEverywhereAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return accountChange(signOutEverywhere, "signedOutEverywhere")(formData);
}

export async function revokeInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, revokeInvitation, async () => {
    revalidatePath("/admin/users");
    return succeeded((await getTranslations("users"))("invitationWithdrawn"));
  }, "user.manage");
}

export async function resetSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  revalidatePath(`/admin/users/${String(formData.get("userId"))}`);
  const mailer = configuredMailer();
  return runFormAction(formData, (db, actor, input) => resetSecondFactor(db, actor, input, { mailer }), async ({ email, mailed }) =>
    succeeded((await getTranslations("secondFactor"))(mailed ? "resetMailed" : "resetNotMailed", { email })),
  "secondFactor.reset");
}

export async function setSecondFactorRequirementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, setSecondFactorRequirement, async () => {
    revalidatePath("/admin/users");
    return succeeded((await getTranslations("secondFactor"))("ruleSaved"));
  }, "settings.manage");
}

/** Takes a single sign-on identity off an account (decision 2220). */
export async function unlinkIdentityAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  revalidatePath(`/admin/users/${String(formData.get("userId"))}`);
  return runFormAction(formData, unlinkIdentity, async () => succeeded((await getTranslations("sso"))("unlinked")), "user.manage");
}
