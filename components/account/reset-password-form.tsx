"use client";
/** Choosing a new password through a reset link: checked as typed; then a way to sign in. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/password-reset/[token]/actions";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { minimumPasswordLength } from "@/lib/validation/accounts";
import { type ResetPasswordInput, resetPasswordSchema } from "@/lib/validation/users";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordResetPage");
  const tAccount = useTranslations("account");
  const actionForm = useActionForm<ResetPasswordInput>({ schema: resetPasswordSchema, action: resetPasswordAction, defaultValues: { token } });
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
  const passwordError = errorFor("newPassword");
  const confirmError = errorFor("confirmPassword");
  const passwordHint = tAccount("passwordHint", { minimum: minimumPasswordLength });
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <input type="hidden" value={token} {...form.register("token")} />
      <Field id="newPassword" label={t("newPassword")} hint={passwordHint} error={passwordError}>
        <Input id="newPassword" type="password" autoComplete="new-password" {...describedBy("newPassword", { hint: true, error: passwordError })} {...form.register("newPassword")} />
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
