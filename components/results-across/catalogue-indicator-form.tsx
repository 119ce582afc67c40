"use client";
/**
 * Adds or edits an entry of the indicator catalogue (an SDG 1.3.1 series or an SPF Flagship result): code, name in
 * each language, unit, direction, whether it is broken down by sex, custodian. After a conflict the newer version is
 * shown above the form, which keeps what was typed and now saves over that version.
 */
import { useTranslations } from "next-intl";
import { LocalizedTextFields } from "@/components/admin/localized-text-fields";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { Field, Input, Select } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import type { LocalizedText } from "@/db/schema/values";
import { indicatorDirections, indicatorUnits } from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";
import type { AddCatalogueIndicatorInput, EditIndicatorInput } from "@/lib/validation/results";

export type CatalogueIndicatorRecord = {
  id: string;
  version: number;
  code: string;
  name: LocalizedText;
  unit: (typeof indicatorUnits)[number];
  direction: (typeof indicatorDirections)[number];
  sexBreakdown: boolean;
  custodian: string;
};
type Values = Partial<AddCatalogueIndicatorInput> & Partial<Pick<EditIndicatorInput, "id" | "version">>;
type Current = Partial<CatalogueIndicatorRecord> & { name?: Partial<LocalizedText> };

export function CatalogueIndicatorForm({ action, indicator }: { action: ServerAction; indicator?: CatalogueIndicatorRecord }) {
  const t = useTranslations("indicatorCatalogue");
  const editing = indicator !== undefined;
  const actionForm = useActionForm<Values>({
    schema: () =>
      import("@/lib/validation/results").then((module) => (editing ? module.editIndicatorSchema : module.addCatalogueIndicatorSchema) as unknown as typeof module.addCatalogueIndicatorSchema),
    action,
    defaultValues: indicator ? { ...indicator, name: { fr: "", es: "", pt: "", ...indicator.name } } : { family: "sdg_1_3_1", unit: "percent", direction: "higher_is_better", custodian: "ILO" },
  });
  const { form, errorFor, state } = actionForm;
  const { field, hidden } = fieldRenderer(actionForm, "indicator");
  const typed = state.values ?? {};
  const current = state.status === "error" ? (state.current as Current | undefined) : undefined;
  const startName = (locale: "en" | "fr" | "es" | "pt") => typed[`name.${locale}`] ?? indicator?.name[locale] ?? "";
  const sexBreakdownStart = state.values ? typed.sexBreakdown === "on" || typed.sexBreakdown === "true" : (indicator?.sexBreakdown ?? false);

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {current ? (
        <ConflictNotice
          heading={t("conflictTitle")}
          note={t("conflictNote")}
          fields={[
            { label: t("code"), value: current.code ?? "" },
            { label: t("nameEn"), value: current.name?.en ?? "" },
            { label: t("unit"), value: current.unit ? t(`units.${current.unit}`) : "" },
            { label: t("direction"), value: current.direction ? t(`directions.${current.direction}`) : "" },
            { label: t("sexBreakdown"), value: current.sexBreakdown ? t("yes") : t("no") },
            { label: t("custodian"), value: current.custodian ?? "" },
          ]}
        />
      ) : null}
      {editing ? hidden("id", "version") : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {editing
          ? null
          : field("family", t("family"), (props) => (
              <Select {...props}>
                <Options choices={(["sdg_1_3_1", "spf_flagship"] as const).map((family) => ({ value: family, label: t(`families.${family}`) }))} />
              </Select>
            ))}
        {field("code", t("code"), (props) => <Input autoComplete="off" className="font-mono" {...props} />, t("codeHint"))}
      </div>
      <LocalizedTextFields
        name="name"
        legend={t("names")}
        hint={t("namesHint")}
        labelFor={(language) => t("nameIn", { language })}
        form={form}
        errorFor={errorFor}
        initial={{ en: startName("en"), fr: startName("fr"), es: startName("es"), pt: startName("pt") }}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {field("unit", t("unit"), (props) => (
          <Select {...props}>
            <Options choices={indicatorUnits.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))} />
          </Select>
        ))}
        {field("direction", t("direction"), (props) => (
          <Select {...props}>
            <Options choices={indicatorDirections.map((direction) => ({ value: direction, label: t(`directions.${direction}`) }))} />
          </Select>
        ))}
        {field("custodian", t("custodian"), (props) => <Input autoComplete="off" {...props} />, t("custodianHint"))}
      </div>
      <Field id="indicator-sexBreakdown" label={t("sexBreakdown")} hint={t("sexBreakdownHint")} error={errorFor("sexBreakdown")}>
        <input type="checkbox" className="h-4 w-4" defaultChecked={sexBreakdownStart} {...form.register("sexBreakdown")} />
      </Field>
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("add")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
