"use client";
/** The invitation form: email, role and scope, language; answers with the one-time link when it is not mailed. */
import { useTranslations } from "next-intl";
import { inviteUserAction } from "@/app/(app)/admin/users/actions";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { SecretValue } from "@/components/ui/secret-value";
import { Options } from "@/components/ui/options";
import { locales } from "@/db/schema/values";
import type { InviteUserInput } from "@/lib/validation/users";
import { type Option, RoleScopeFields } from "./role-scope-fields";

export function InviteUserForm({ countries, agencies, locale }: { countries: Option[]; agencies: Option[]; locale: string }) {
  const t = useTranslations("adminUsers");
  const tLanguages = useTranslations("languages");
  const actionForm = useActionForm<InviteUserInput>({
    schema: () => import("@/lib/validation/users").then((module) => module.inviteUserSchema),
    action: inviteUserAction,
    defaultValues: { locale: locale as InviteUserInput["locale"] },
  });
  const { form, state, errorFor } = actionForm;
  const emailError = errorFor("email");

  return (
    <div className="space-y-6">
      <ActionFormShell actionForm={actionForm} className="max-w-lg space-y-4">
        <Field id="email" label={t("email")} error={emailError}>
          <Input id="email" type="email" autoComplete="off" {...describedBy("email", { error: emailError })} {...form.register("email")} />
        </Field>
        <RoleScopeFields form={form} errorFor={errorFor} countries={countries} agencies={agencies} />
        <Field id="locale" label={t("language")}>
          <Select id="locale" defaultValue={locale} {...form.register("locale")}>
            <Options choices={locales.map((code) => ({ value: code, label: tLanguages(code), lang: code }))} />
          </Select>
        </Field>
        <Button type="submit" disabled={actionForm.pending}>
          {actionForm.pending ? t("sending") : t("sendInvitation")}
        </Button>
      </ActionFormShell>
      {state.status === "success" && state.data?.link ? (
        <SecretValue id="invitation-link" label={t("invitationLink")} value={state.data.link} />
      ) : null}
    </div>
  );
}
