"use client";
/** Sets the reporting currency and how old a rate may be; a conflict shows the settings as they now stand. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Input } from "@/components/ui/field";
import type { ServerAction } from "@/lib/forms/action-state";
import type { FundingSettingsInput } from "@/lib/validation/exchange-rates";

type Settings = { reportingCurrency: string; rateMaxAgeDays: number; version: number };

export function FundingSettingsForm({ action, settings }: { action: ServerAction; settings: Settings }) {
  const t = useTranslations("exchangeRates");
  const actionForm = useActionForm<FundingSettingsInput>({
    schema: () => import("@/lib/validation/exchange-rates").then((module) => module.fundingSettingsSchema),
    action,
    defaultValues: settings,
    currentValues: (current) => current as Settings,
  });
  const { field, hidden } = fieldRenderer(actionForm, "settings");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-xl space-y-5">
      {hidden("version")}
      {field("reportingCurrency", t("fields.reportingCurrency"), (props) => <Input autoComplete="off" maxLength={3} className="uppercase" {...props} />, t("hints.reportingCurrency"))}
      {field("rateMaxAgeDays", t("fields.rateMaxAgeDays"), (props) => <Input type="number" min={0} max={3660} step={1} {...props} />, t("hints.rateMaxAgeDays"))}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
