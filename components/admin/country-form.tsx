"use client";
/**
 * Adds a country or edits one. Adding: as the ISO code is typed, the names fill in from the browser's standard
 * names (still editable); without JavaScript the server fills the blank ones. Editing: a conflict shows the
 * newer record in the form, with its version, so the coordinator can apply their change again.
 */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Field, Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { LocalizedText } from "@/db/schema/values";
import { locales, regions, spfiStatuses } from "@/lib/forms/choices";
import { standardCountryName } from "@/lib/countries/iso-3166";
import type { AddCountryInput, EditCountryInput } from "@/lib/validation/countries";
import { LocalizedTextFields } from "./localized-text-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type CountryRecord = { code: string; name: LocalizedText; region: (typeof regions)[number]; spfiStatus: (typeof spfiStatuses)[number]; version: number };
type Values = AddCountryInput & Partial<Pick<EditCountryInput, "version">>;

export function CountryForm({ action, country }: { action: ServerAction; country?: CountryRecord }) {
  const t = useTranslations("adminCountries");
  const tCountries = useTranslations("countries");
  const tRegions = useTranslations("regions");
  const tStatus = useTranslations("spfiStatus");
  const editing = country !== undefined;
  const actionForm = useActionForm<Values>({
    schema: () => import("@/lib/validation/countries").then((module) => (editing ? module.editCountrySchema : module.addCountrySchema) as typeof module.addCountrySchema),
    action,
    defaultValues: country ?? { region: "africa", spfiStatus: "interest_expressed" },
    // A conflict carries the record as it now stands: show it, at its version.
    currentValues: (current) => current as Values,
  });
  const { form, errorFor } = actionForm;

  /** Fills each name the coordinator has not typed with the standard name of the code typed so far. */
  const prefillNames = (code: string) => {
    if (code.trim().length !== 2) return;
    for (const locale of locales) {
      const name = standardCountryName(code.trim(), locale);
      const field = `name.${locale}` as const;
      if (name && !form.getFieldState(field).isDirty) form.setValue(field, name);
    }
  };

  const codeError = errorFor("code");
  const { field, hidden } = fieldRenderer(actionForm, "");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {editing ? hidden("code", "version") : (
        <Field id="code" label={t("code")} hint={t("codeHint")} error={codeError}>
          <Input maxLength={2} autoComplete="off" className="w-24 uppercase" {...form.register("code", { onChange: (event) => prefillNames(String(event.target.value)) })} />
        </Field>
      )}
      <LocalizedTextFields
        name="name"
        legend={t("names")}
        hint={editing ? undefined : t("namesHint")}
        labelFor={(language) => t("nameIn", { language })}
        form={form}
        errorFor={errorFor}
        initial={country?.name}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {field("region", tCountries("region"), (props) => (
          <Select {...props}>
            <Options choices={regions.map((region) => ({ value: region, label: tRegions(region) }))} />
          </Select>
        ))}
        {field("spfiStatus", tCountries("spfiStatus"), (props) => (
          <Select {...props}>
            <Options choices={spfiStatuses.map((status) => ({ value: status, label: tStatus(status) }))} />
          </Select>
        ))}
      </div>
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("addButton")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
