"use client";
/**
 * A working group's own indicator for its country: code, name (in the reader's language first; English is the one
 * the catalogue must have, the others may stay empty), unit, direction, breakdown by sex and who publishes it. Checks
 * as you type with the server's schema; without JavaScript the server answers and the form comes back as typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";
import { indicatorDirections, indicatorUnits, locales } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";

export type NationalIndicatorValues = Record<string, string>;

export function NationalIndicatorForm({ action, countryCode, locale }: { action: ServerAction; countryCode: string; locale: Locale }) {
  const t = useTranslations("countryResults.national");
  const tResults = useTranslations("countryResults");
  const tLanguages = useTranslations("languages");
  const schema = () => import("@/lib/validation/results").then((module) => module.addNationalIndicatorSchema as unknown as z.ZodMiniType<unknown, NationalIndicatorValues>);
  const initial: NationalIndicatorValues = { countryCode, code: "", unit: "percent", direction: "higher_is_better", custodian: "" };
  const actionForm = useActionForm<NationalIndicatorValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "national-indicator");
  // The reader's language first; English is asked for whatever the reader's, since the catalogue needs it.
  const languages = [locale, ...locales.filter((other) => other !== locale)];
  const text = (props: object) => <Input autoComplete="off" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      {hidden("countryCode")}
      {field("code", t("code"), (props) => <Input autoComplete="off" maxLength={40} className="max-w-64" {...props} />, t("codeHint"))}
      {languages.map((language, index) =>
        field(
          `name.${language}`,
          index === 0 ? t("name", { language: tLanguages(language) }) : t("nameIn", { language: tLanguages(language) }),
          text,
          language === "en" ? (locale === "en" ? undefined : t("englishRequired")) : index === 0 ? undefined : t("optional"),
        ),
      )}
      {field("unit", t("unit"), (props) => (
        <Select {...props}>
          <Options choices={indicatorUnits.map((unit) => ({ value: unit, label: tResults(`unit.${unit}`) }))} />
        </Select>
      ))}
      <ChoiceGroup
        type="radio"
        actionForm={actionForm}
        name="direction"
        legend={t("direction")}
        choices={indicatorDirections.map((direction) => ({ value: direction, label: tResults(`direction.${direction}`) }))}
      />
      <ChoiceGroup type="checkbox" actionForm={actionForm} name="sexBreakdown" legend={t("sexBreakdown")} choices={[{ value: "on", label: t("sexBreakdownChoice") }]} />
      {field("custodian", t("custodian"), text, t("custodianHint"))}
      <SubmitButton actionForm={actionForm} label={t("submit")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
