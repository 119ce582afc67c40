"use client";
/**
 * Records a value of a followed indicator (a member), proposes one (an adviser: it waits for a member to accept it),
 * or corrects one: the period as published (2020, 2016/17, or any label with its first and last day), the sex where
 * the series is broken down by it, the figure, source, note and evidence link. Checks as you type with the server's
 * schema; without JavaScript the server answers and the form comes back as typed. A save over a newer version shows
 * that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import { indicatorSexes } from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";

export type ValueFormValues = Record<string, string>;

type SavedValue = { period: string; sex: string; value: string; source: string; note: string; evidenceUrl: string };

export function IndicatorValueForm({
  action,
  mode,
  initial,
  sexBreakdown,
  unitLabel,
}: {
  action: ServerAction;
  mode: "record" | "propose" | "edit";
  initial: ValueFormValues;
  sexBreakdown: boolean;
  /** The indicator's unit, named beside the figure. */
  unitLabel: string;
}) {
  const t = useTranslations("countryResults.value");
  const tChart = useTranslations("countryResults.chart");
  const schema = () =>
    import("@/lib/validation/results").then((module) => (mode === "edit" ? module.editValueSchema : module.recordValueSchema) as unknown as z.ZodMiniType<unknown, ValueFormValues>);
  const actionForm = useActionForm<ValueFormValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, `indicator-value-${mode}`);
  const current = actionForm.state.current as SavedValue | undefined;
  const text = (props: object) => <Input autoComplete="off" {...props} />;
  const day = (props: object) => <Input type="date" className="max-w-48" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-4">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("period"), value: current.period },
            { label: t("sex"), value: tChart(`sex.${current.sex as "total"}`) },
            { label: t("value", { unit: unitLabel }), value: current.value },
            { label: t("source"), value: current.source },
            { label: t("note"), value: current.note },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version", "countryIndicatorId") : hidden("countryIndicatorId")}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("period", t("period"), (props) => <Input autoComplete="off" maxLength={30} className="max-w-48" {...props} />, t("periodHint"))}
        {field("value", t("value", { unit: unitLabel }), (props) => <Input inputMode="decimal" autoComplete="off" className="max-w-48" {...props} />)}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("periodDates")}</legend>
        <p className="text-sm text-slate-600">{t("periodDatesHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {field("periodStart", t("periodStart"), day)}
          {field("periodEnd", t("periodEnd"), day)}
        </div>
      </fieldset>
      {sexBreakdown
        ? field("sex", t("sex"), (props) => (
            <Select className="max-w-48" {...props}>
              <Options choices={indicatorSexes.map((sex) => ({ value: sex, label: tChart(`sex.${sex}`) }))} />
            </Select>
          ))
        : null}
      {field("source", t("source"), text, t("sourceHint"))}
      {field("note", t("note"), (props) => <Textarea className="min-h-16" {...props} />)}
      {field("evidenceUrl", t("evidenceUrl"), (props) => <Input type="url" autoComplete="off" {...props} />)}
      <SubmitButton actionForm={actionForm} label={t(`submit.${mode}`)} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
