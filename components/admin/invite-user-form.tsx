"use client";
/** The invitation form: email, role and scope, language; answers with the one-time link when it is not mailed. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input, Select } from "@/components/ui/field";
import { SecretValue } from "@/components/ui/secret-value";
import { Options } from "@/components/ui/options";
import { locales } from "@/lib/forms/choices";
import type { InviteUserInput } from "@/lib/validation/users";
import { type Option, RoleScopeFields } from "./role-scope-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export function InviteUserForm({ action, countries, agencies, locale }: { action: ServerAction; countries: Option[]; agencies: Option[]; locale: string }) {
  const t = useTranslations("adminUsers");
  const tLanguages = useTranslations("languages");
  const actionForm = useActionForm<InviteUserInput>({
    schema: () => import("@/lib/validation/users").then((module) => module.inviteUserSchema),
    action,
    defaultValues: { locale: locale as InviteUserInput["locale"] },
  });
  const { form, state, errorFor } = actionForm;
  const emailError = errorFor("email");

  return (
    <div className="space-y-6">
      <ActionFormShell actionForm={actionForm} className="max-w-lg space-y-4">
        <Field id="email" label={t("email")} error={emailError}>
          <Input type="email" autoComplete="off" {...form.register("email")} />
        </Field>
        <RoleScopeFields form={form} errorFor={errorFor} countries={countries} agencies={agencies} />
        <Field id="locale" label={t("language")}>
          <Select defaultValue={locale} {...form.register("locale")}>
            <Options choices={locales.map((code) => ({ value: code, label: tLanguages(code), lang: code }))} />
          </Select>
        </Field>
        <SubmitButton actionForm={actionForm} label={t("sendInvitation")} pendingLabel={t("sending")} />
      </ActionFormShell>
      {state.status === "success" && state.data?.link ? (
        <SecretValue id="invitation-link" label={t("invitationLink")} value={state.data.link} />
      ) : null}
    </div>
  );
}
