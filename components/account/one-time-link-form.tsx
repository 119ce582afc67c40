"use client";
/**
 * What the pages a one-time link opens (invitation, password reset) share: the token carried in the form, a
 * new password typed twice and checked as typed, and, once saved, the way to sign in.
 */
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldValues, Path } from "react-hook-form";
import { type ActionForm, ActionFormShell, SubmitButton } from "@/components/ui/action-form";
import { buttonClassName } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { minimumPasswordLength } from "@/lib/validation/form-constants";

export function OneTimeLinkForm<Values extends FieldValues>({
  actionForm,
  namespace,
  token,
  passwordField,
  children,
}: {
  actionForm: ActionForm<Values>;
  /** The page's catalogue namespace: its labels signIn, confirmPassword, saving, submit and the password's. */
  namespace: "invitationPage" | "passwordResetPage";
  token: string;
  passwordField: { name: Path<Values> & string; label: string };
  children?: ReactNode;
}) {
  const t = useTranslations(namespace);
  const tAccount = useTranslations("account");
  const { form, errorFor, state } = actionForm;
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          {state.message}
        </p>
        <Link href="/sign-in" className={buttonClassName()}>{t("signIn")}</Link>
      </div>
    );
  }
  const { name } = passwordField;
  const passwordError = errorFor(name);
  const confirmError = errorFor("confirmPassword" as Path<Values>);
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <input type="hidden" value={token} {...form.register("token" as Path<Values>)} />
      {children}
      <Field id={name} label={passwordField.label} hint={tAccount("passwordHint", { minimum: minimumPasswordLength })} error={passwordError}>
        <Input type="password" autoComplete="new-password" {...form.register(name)} />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={confirmError}>
        <Input
          type="password"
          autoComplete="new-password"
          {...form.register("confirmPassword" as Path<Values>)}
        />
      </Field>
      <SubmitButton actionForm={actionForm} className="w-full" label={t("submit")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
