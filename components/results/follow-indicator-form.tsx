"use client";
/**
 * Follows an indicator for a country, or corrects one it follows: the indicator (when following), the baseline (value,
 * year, source), the targets in rows (blank rows are left out; the page offers more rows without JavaScript), the key
 * steps, schemes and recommendations it measures, and who reads it. Checks as you type with the server's schema;
 * without JavaScript the server answers and the form comes back as typed. A save over a newer version shows that
 * version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { type Choice, Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

/** The form's fields by their posted names ("targets.0.year"), so that they show without JavaScript too; the ticked ids as lists. */
export type FollowFormValues = Record<string, string | string[]>;

type SavedFollow = { baselineValue: string; baselineYear: string; baselineSource: string; targets: { year: string; value: string }[]; sharingLevel: string };

export function FollowIndicatorForm({
  action,
  mode,
  initial,
  targetRows,
  indicators,
  links,
}: {
  action: ServerAction;
  mode: "follow" | "edit";
  initial: FollowFormValues;
  /** How many target rows to show: the stored ones and some empty ones. */
  targetRows: number;
  /** The indicators the country may follow (when following). */
  indicators: Choice[];
  links: { steps: Choice[]; schemes: Choice[]; recommendations: Choice[] };
}) {
  const t = useTranslations("countryResults.follow");
  const tResults = useTranslations("countryResults");
  const schema = () =>
    import("@/lib/validation/results").then((module) => (mode === "follow" ? module.followIndicatorSchema : module.editCountryIndicatorSchema) as unknown as z.ZodMiniType<unknown, FollowFormValues>);
  const actionForm = useActionForm<FollowFormValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "follow-indicator");
  const current = actionForm.state.current as SavedFollow | undefined;
  const year = (props: object) => <Input inputMode="numeric" autoComplete="off" maxLength={4} className="max-w-32" {...props} />;
  const figure = (props: object) => <Input inputMode="decimal" autoComplete="off" className="max-w-48" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-6">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("baselineValue"), value: current.baselineValue },
            { label: t("baselineYear"), value: current.baselineYear },
            { label: t("baselineSource"), value: current.baselineSource },
            { label: t("targets"), value: current.targets.map((target) => `${target.year}: ${target.value}`).join("\n") },
            { label: t("sharingLevel"), value: current.sharingLevel === "all" ? t("sharing.all") : t("sharing.country") },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      {mode === "follow"
        ? field("indicatorId", t("indicator"), (props) => (
            <Select {...props}>
              <Options blank={t("chooseIndicator")} choices={indicators} />
            </Select>
          ))
        : null}
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white px-4 pt-1 pb-4">
        <legend className="px-1 text-base font-semibold">{tResults("baseline")}</legend>
        <p className="text-sm text-slate-600">{t("baselineHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {field("baselineValue", t("baselineValue"), figure)}
          {field("baselineYear", t("baselineYear"), year)}
        </div>
        {field("baselineSource", t("baselineSource"), (props) => <Input autoComplete="off" {...props} />)}
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white px-4 pt-1 pb-4">
        <legend className="px-1 text-base font-semibold">{t("targets")}</legend>
        <p className="text-sm text-slate-600">{t("targetsHint")}</p>
        {Array.from({ length: targetRows }, (_row, index) => (
          <div key={index} className="grid gap-3 sm:grid-cols-2" role="group" aria-label={t("targetRow", { number: index + 1 })}>
            {field(`targets.${index}.year`, t("targetYear", { number: index + 1 }), year)}
            {field(`targets.${index}.value`, t("targetValue", { number: index + 1 }), figure)}
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white px-4 pt-1 pb-4">
        <legend className="px-1 text-base font-semibold">{t("measures")}</legend>
        <p className="text-sm text-slate-600">{t("measuresHint")}</p>
        {links.steps.length ? <ChoiceGroup type="checkbox" actionForm={actionForm} name="countryStepIds" legend={t("steps")} choices={links.steps} columns /> : null}
        {links.schemes.length ? (
          <ChoiceGroup type="checkbox" actionForm={actionForm} name="schemeIds" legend={t("schemes")} choices={links.schemes} columns />
        ) : (
          <p className="text-sm text-slate-600">{t("noSchemes")}</p>
        )}
        {links.recommendations.length ? (
          <ChoiceGroup type="checkbox" actionForm={actionForm} name="recommendationIds" legend={t("recommendations")} choices={links.recommendations} />
        ) : (
          <p className="text-sm text-slate-600">{t("noRecommendations")}</p>
        )}
      </fieldset>
      <ChoiceGroup
        type="radio"
        actionForm={actionForm}
        name="sharingLevel"
        legend={t("sharingLevel")}
        choices={[
          { value: "country", label: t("sharing.country") },
          { value: "all", label: t("sharing.all") },
        ]}
      />
      <SubmitButton actionForm={actionForm} label={mode === "follow" ? t("submit") : t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
