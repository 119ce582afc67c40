"use client";
/** Creates a personal API token: a name and an optional last day; the token is shown once, to copy. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input } from "@/components/ui/field";
import { SecretValue } from "@/components/ui/secret-value";
import type { CreateApiTokenInput } from "@/lib/validation/api-tokens";
import type { ServerAction } from "@/lib/forms/action-state";

export function CreateApiTokenForm({ action }: { action: ServerAction }) {
  const t = useTranslations("apiTokens");
  const actionForm = useActionForm<CreateApiTokenInput>({ schema: () => import("@/lib/validation/api-tokens").then((module) => module.createApiTokenSchema), action });
  const { form, state, errorFor } = actionForm;
  const nameError = errorFor("name");
  const expiresError = errorFor("expiresOn");
  return (
    <div className="space-y-4">
      <ActionFormShell actionForm={actionForm} className="max-w-md space-y-4">
        <Field id="token-name" label={t("name")} hint={t("nameHint")} error={nameError}>
          <Input autoComplete="off" {...form.register("name")} />
        </Field>
        <Field id="token-expires" label={t("expiresOn")} hint={t("expiresOnHint")} error={expiresError}>
          <Input type="date" {...form.register("expiresOn")} />
        </Field>
        <SubmitButton actionForm={actionForm} label={t("create")} pendingLabel={t("creating")} />
      </ActionFormShell>
      {state.status === "success" && state.data?.token ? <SecretValue id="new-api-token" label={t("token")} value={state.data.token} /> : null}
    </div>
  );
}
