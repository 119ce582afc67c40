"use client";
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input } from "@/components/ui/field";
import type { ChangePasswordInput } from "@/lib/validation/accounts";
import { minimumPasswordLength } from "@/lib/validation/form-constants";
import type { ServerAction } from "@/lib/forms/action-state";

const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ action }: { action: ServerAction }) {
  const t = useTranslations("account");
  const actionForm = useActionForm<ChangePasswordInput>({ schema: () => import("@/lib/validation/accounts").then((module) => module.changePasswordSchema), action });
  const autoComplete = { currentPassword: "current-password", newPassword: "new-password", confirmPassword: "new-password" };

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-md space-y-4">
      {fields.map((name) => {
        const error = actionForm.errorFor(name);
        const hint = name === "newPassword" ? t("passwordHint", { minimum: minimumPasswordLength }) : undefined;
        return (
          <Field key={name} id={name} label={t(name)} hint={hint} error={error}>
            <Input type="password" autoComplete={autoComplete[name]} {...actionForm.form.register(name)} />
          </Field>
        );
      })}
      <SubmitButton actionForm={actionForm} label={t("changePassword")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
