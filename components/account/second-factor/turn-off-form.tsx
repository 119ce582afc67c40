"use client";
/** Turns one's second factor off, proved with a current code from the app or the password. Works without JavaScript. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function TurnOffSecondFactorForm({ action }: { action: ServerAction }) {
  const t = useTranslations("secondFactor");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <FormShell state={state} action={formAction} className="space-y-3">
      <p className="text-sm text-slate-600">{t("turnOffHint")}</p>
      <Field id="turn-off-code" label={t("appCode")} error={state.fieldErrors?.code}>
        <Input name="code" autoComplete="one-time-code" inputMode="numeric" maxLength={40} className="max-w-40" />
      </Field>
      <Field id="turn-off-password" label={t("password")} error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {t("turnOff")}
      </Button>
    </FormShell>
  );
}
