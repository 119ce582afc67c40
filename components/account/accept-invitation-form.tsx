"use client";
/** The invited person's sign-up: their name and a password, checked as they type; then a way to sign in. */
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/action-form";
import { Field, Input } from "@/components/ui/field";
import type { AcceptInvitationInput } from "@/lib/validation/users";
import { OneTimeLinkForm } from "./one-time-link-form";
import type { ServerAction } from "@/lib/forms/action-state";

export function AcceptInvitationForm({ action, token }: { action: ServerAction; token: string }) {
  const t = useTranslations("invitationPage");
  const actionForm = useActionForm<AcceptInvitationInput>({ schema: () => import("@/lib/validation/users").then((module) => module.acceptInvitationSchema), action, defaultValues: { token } });
  const nameError = actionForm.errorFor("name");
  return (
    <OneTimeLinkForm actionForm={actionForm} namespace="invitationPage" token={token} passwordField={{ name: "password", label: t("password") }}>
      <Field id="name" label={t("name")} hint={t("nameHint")} error={nameError}>
        <Input autoComplete="name" {...actionForm.form.register("name")} />
      </Field>
    </OneTimeLinkForm>
  );
}
