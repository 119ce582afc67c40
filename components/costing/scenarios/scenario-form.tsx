"use client";
/**
 * Adds or edits a benefit scenario of a costing: its name and the recommendation it costs, who it is for, the
 * benefit, the take-up path and the administrative cost. Checks as you type with the server's schema; without
 * JavaScript every field shows and the server answers, the form coming back as typed; with it, only the chosen
 * kinds' fields show. A save over a newer version shows that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { type Choice, Options } from "@/components/ui/options";
import { useHydrated } from "@/components/ui/use-hydrated";
import { administrativeCostConventions, benefitLevelKinds, costingSexes, indexations, targetGroupKinds } from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";

export type ScenarioFormStart = {
  id?: string;
  version?: number | string;
  countryCode?: string;
  name: string;
  recommendationId: string;
  targetKind: string;
  ageFrom: string;
  ageTo: string;
  sex: string;
  eligibleShare: string;
  benefitKind: string;
  benefitAmount: string;
  indexation: string;
  benefitShare: string;
  takeUpStart: string;
  takeUpTarget: string;
  takeUpYear: string;
  administrativeConvention: string;
  administrativeRate: string;
};

/** What the form needs to know of the costing: its currency and the years of its frame. */
export type ScenarioFormFrame = { currency: string; baseYear: number; horizonYear: number };

function Section({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

export function ScenarioForm({
  action,
  mode,
  initial,
  frame,
  recommendations,
}: {
  action: ServerAction;
  mode: "add" | "edit";
  initial: ScenarioFormStart;
  frame: ScenarioFormFrame;
  /** The recommendations it may cost, the one linked now first when it is no longer offered. */
  recommendations: Choice[];
}) {
  const t = useTranslations("costingScenarios.form");
  const schema = () =>
    import("@/lib/validation/costing-scenarios").then(
      (module) => (mode === "add" ? module.addScenarioSchema : module.editScenarioSchema) as unknown as z.ZodMiniType<unknown, ScenarioFormStart>,
    );
  const actionForm = useActionForm<ScenarioFormStart>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "scenario");
  const current = actionForm.state.current as ScenarioFormStart | undefined;
  // Without JavaScript every field shows; with it, the target's and the benefit's fields follow the kinds chosen.
  const scripted = useHydrated();
  const targetKind = actionForm.form.watch("targetKind") ?? initial.targetKind;
  const benefitKind = actionForm.form.watch("benefitKind") ?? initial.benefitKind;
  const ages = !scripted || targetKind === "ages";
  const amount = !scripted || benefitKind === "monthly_amount";
  const share = !scripted || benefitKind !== "monthly_amount";
  const percent = (props: object) => <Input inputMode="decimal" autoComplete="off" className="max-w-40" {...props} />;
  const whole = (props: object) => <Input inputMode="numeric" autoComplete="off" className="max-w-32" {...props} />;
  const choices = <Value extends string>(values: readonly Value[], label: (value: Value) => string) => values.map((value) => ({ value, label: label(value) }));
  const shareLabel = !scripted ? t("benefitShare") : benefitKind === "gdp_per_head_share" ? t("benefitShareGdp") : t("benefitSharePovertyLine");
  const years = { baseYear: String(frame.baseYear), horizonYear: String(frame.horizonYear) };

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-6">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("name"), value: current.name },
            { label: t("eligibleShare"), value: current.eligibleShare },
            { label: t("benefitAmount", { currency: frame.currency }), value: current.benefitAmount },
            { label: t("benefitShare"), value: current.benefitShare },
            { label: t("takeUpStart"), value: current.takeUpStart },
            { label: t("takeUpTarget"), value: current.takeUpTarget },
            { label: t("takeUpYear"), value: current.takeUpYear },
            { label: t("administrativeRate"), value: current.administrativeRate },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      {field("name", t("name"), (props) => <Input autoComplete="off" {...props} />, t("nameHint"))}
      {field(
        "recommendationId",
        t("recommendation"),
        (props) => (
          <Select {...props}>
            <Options blank={t("standsAlone")} choices={recommendations} />
          </Select>
        ),
        t("recommendationHint"),
      )}
      <Section legend={t("targetGroup")}>
        <ChoiceGroup type="radio" actionForm={actionForm} name="targetKind" legend={t("targetKind")} choices={choices(targetGroupKinds, (value) => t(`targetKinds.${value}`))} />
        {ages ? (
          <div className="grid gap-4 sm:grid-cols-3">
            {field("ageFrom", t("ageFrom"), whole)}
            {field("ageTo", t("ageTo"), whole, t("ageToHint"))}
            {field("sex", t("sex"), (props) => (
              <Select {...props}>
                <Options choices={choices(costingSexes, (value) => t(`sexes.${value}`))} />
              </Select>
            ))}
          </div>
        ) : null}
        {field("eligibleShare", t("eligibleShare"), percent, t("eligibleShareHint"))}
      </Section>
      <Section legend={t("benefit")}>
        <ChoiceGroup type="radio" actionForm={actionForm} name="benefitKind" legend={t("benefitKind")} choices={choices(benefitLevelKinds, (value) => t(`benefitKinds.${value}`))} />
        {amount ? (
          <>
            {field("benefitAmount", t("benefitAmount", { currency: frame.currency }), (props) => <Input inputMode="decimal" autoComplete="off" className="max-w-60" {...props} />, t("benefitAmountHint"))}
            <ChoiceGroup type="radio" actionForm={actionForm} name="indexation" legend={t("indexation")} choices={choices(indexations, (value) => t(`indexations.${value}`))} />
          </>
        ) : null}
        {share ? field("benefitShare", shareLabel, percent, t("benefitShareHint")) : null}
      </Section>
      <Section legend={t("takeUp")} hint={t("takeUpHint", years)}>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("takeUpStart", t("takeUpStart"), percent)}
          {field("takeUpTarget", t("takeUpTarget"), percent)}
          {field("takeUpYear", t("takeUpYear"), whole, t("takeUpYearHint", years))}
        </div>
      </Section>
      <Section legend={t("administration")}>
        {field("administrativeRate", t("administrativeRate"), percent)}
        <ChoiceGroup
          type="radio"
          actionForm={actionForm}
          name="administrativeConvention"
          legend={t("administrativeConvention")}
          choices={choices(administrativeCostConventions, (value) => t(`conventions.${value}`))}
        />
      </Section>
      <SubmitButton actionForm={actionForm} label={mode === "add" ? t("add") : t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
