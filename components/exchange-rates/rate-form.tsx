"use client";
/** Adds an exchange rate (its currency, base, period, start, figure and source) or corrects one's figure and source; a conflict shows the newer rate. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { exchangeRatePeriods } from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";

type RateRecord = { id: string; rate: string; source: string; version: number };
type Values = { id?: string; version?: unknown; currency?: string; baseCurrency?: string; period?: string; periodStart?: string; rate: string; source: string };

export function ExchangeRateForm({ action, rate, reportingCurrency }: { action: ServerAction; rate?: RateRecord; reportingCurrency: string }) {
  const t = useTranslations("exchangeRates");
  const editing = rate !== undefined;
  const actionForm = useActionForm<Values>({
    schema: () =>
      import("@/lib/validation/exchange-rates").then((module) => (editing ? module.editExchangeRateSchema : module.exchangeRateSchema) as unknown as typeof module.editExchangeRateSchema),
    action,
    defaultValues: rate ? { id: rate.id, version: rate.version, rate: rate.rate, source: rate.source } : { baseCurrency: reportingCurrency, period: "month", rate: "", source: "" },
    currentValues: (current) => {
      const newer = current as RateRecord;
      return { id: newer.id, version: newer.version, rate: newer.rate, source: newer.source };
    },
  });
  const { field, hidden } = fieldRenderer(actionForm, "rate");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {editing ? hidden("id", "version") : null}
      {editing ? null : (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            {field("currency", t("fields.currency"), (props) => <Input autoComplete="off" maxLength={3} className="uppercase" {...props} />, t("hints.currency"))}
            {field("baseCurrency", t("fields.baseCurrency"), (props) => <Input autoComplete="off" maxLength={3} className="uppercase" {...props} />, t("hints.baseCurrency"))}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {field("period", t("fields.period"), (props) => (
              <Select {...props}>
                <Options choices={exchangeRatePeriods.map((period) => ({ value: period, label: t(`periods.${period}`) }))} />
              </Select>
            ))}
            {field("periodStart", t("fields.periodStart"), (props) => <Input type="date" {...props} />, t("hints.periodStart"))}
          </div>
        </>
      )}
      {field("rate", t("fields.rate"), (props) => <Input inputMode="decimal" autoComplete="off" {...props} />, t("hints.rate"))}
      {field("source", t("fields.source"), (props) => <Input autoComplete="off" {...props} />, t("hints.source"))}
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("add")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
