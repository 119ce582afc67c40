"use client";
/** The installation's rule that coordinators sign in with a second factor: one box and a save, with the settings' version. Works without JavaScript. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function SecondFactorRuleForm({ action, required, version }: { action: ServerAction; required: boolean; version: number }) {
  const t = useTranslations("secondFactor");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <FormShell state={state} action={formAction} success details className="space-y-3">
      {/* Keyed by version: after a save the page's new values replace what the browser kept. */}
      <input key={`version-${version}`} type="hidden" name="version" value={version} />
      <div className="flex items-start gap-2">
        <input key={`required-${version}`} id="second-factor-rule" type="checkbox" name="required" defaultChecked={required} aria-describedby="second-factor-rule-hint" className="mt-1" />
        <label htmlFor="second-factor-rule">{t("ruleLabel")}</label>
      </div>
      <p id="second-factor-rule-hint" className="text-sm text-slate-600">
        {t("ruleHint")}
      </p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("ruleSave")}
      </Button>
    </FormShell>
  );
}
