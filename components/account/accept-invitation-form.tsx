"use client";
/** The invited person's sign-up: their name and a password, checked as they type; then a way to sign in. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/invitation/[token]/actions";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { minimumPasswordLength } from "@/lib/validation/accounts";
import { type AcceptInvitationInput, acceptInvitationSchema } from "@/lib/validation/users";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invitationPage");
  const tAccount = useTranslations("account");
  const actionForm = useActionForm<AcceptInvitationInput>({ schema: acceptInvitationSchema, action: acceptInvitationAction, defaultValues: { token } });
  const { form, errorFor, state } = actionForm;
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          {state.message}
        </p>
        <Button asChild>
          <Link href="/sign-in">{t("signIn")}</Link>
        </Button>
      </div>
    );
  }
  const nameError = errorFor("name");
  const passwordError = errorFor("password");
  const confirmError = errorFor("confirmPassword");
  const passwordHint = tAccount("passwordHint", { minimum: minimumPasswordLength });
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <input type="hidden" value={token} {...form.register("token")} />
      <Field id="name" label={t("name")} hint={t("nameHint")} error={nameError}>
        <Input id="name" autoComplete="name" {...describedBy("name", { hint: true, error: nameError })} {...form.register("name")} />
      </Field>
      <Field id="password" label={t("password")} hint={passwordHint} error={passwordError}>
        <Input id="password" type="password" autoComplete="new-password" {...describedBy("password", { hint: true, error: passwordError })} {...form.register("password")} />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={confirmError}>
        <Input id="confirmPassword" type="password" autoComplete="new-password" {...describedBy("confirmPassword", { error: confirmError })} {...form.register("confirmPassword")} />
      </Field>
      <Button type="submit" className="w-full" disabled={actionForm.pending}>
        {actionForm.pending ? t("saving") : t("submit")}
      </Button>
    </ActionFormShell>
  );
}
