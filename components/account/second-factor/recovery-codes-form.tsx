"use client";
/**
 * Confirms a second factor's set-up with a first code, or makes new recovery codes with a current one; either way the
 * recovery codes come back once and are shown here. The page keeps this form in one place in both states, so that
 * the codes stay on screen once the page shows the factor as on (and, without JavaScript, the page comes back with them).
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function RecoveryCodesForm({ action, intent }: { action: ServerAction; intent: "confirm" | "regenerate" }) {
  const t = useTranslations("secondFactor");
  const { state, formAction, pending } = useFormAction(action);
  const codes = state.status === "success" ? state.data?.recoveryCodes?.split("\n") : undefined;
  return (
    <div className="space-y-4">
      <FormShell state={state} action={formAction} success className="space-y-3">
        <input type="hidden" name="intent" value={intent} />
        <Field id={`second-factor-${intent}-code`} label={t("appCode")} hint={intent === "confirm" ? t("confirmStep") : t("regenerateHint")} error={state.fieldErrors?.code}>
          <Input name="code" autoComplete="one-time-code" inputMode="numeric" required maxLength={40} className="max-w-40" />
        </Field>
        <Button type="submit" variant={intent === "confirm" ? "primary" : "secondary"} disabled={pending}>
          {intent === "confirm" ? t("turnOn") : t("regenerate")}
        </Button>
      </FormShell>
      {codes ? (
        <section aria-labelledby="recovery-codes-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 id="recovery-codes-title" className="font-semibold">
            {t("recoveryCodes")}
          </h3>
          <p className="mb-2 text-sm">{t("recoveryCodesHint")}</p>
          <ol id="recovery-codes" className="grid grid-cols-2 gap-1 font-mono text-base">
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
