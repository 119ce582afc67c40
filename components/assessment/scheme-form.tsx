"use client";
/**
 * Adds or edits a scheme of the inventory: what it is, its legal basis, its benefit, its coverage, what it costs
 * and who sees it. Checks as you type with the server's schema; without JavaScript the server answers and the
 * form comes back as it was typed. A save over a newer version shows that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { MoneyFields } from "@/components/support/support-fields";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select, Textarea } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import {
  benefitFrequencies,
  benefitForms,
  financingSources,
  guarantees,
  schemeContributions,
  schemeKinds,
  schemeStatuses,
} from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";
import type { SchemeFormStart as SchemeFormValues } from "@/lib/assessment/blank-scheme";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SchemeForm({ action, mode, initial, currencies }: { action: ServerAction; mode: "add" | "edit"; initial: SchemeFormValues; currencies: string[] }) {
  const t = useTranslations("schemes");
  const tForm = useTranslations("schemes.form");
  const schema = () =>
    import("@/lib/validation/schemes").then((module) => (mode === "add" ? module.addSchemeSchema : module.editSchemeSchema) as unknown as z.ZodMiniType<unknown, SchemeFormValues>);
  const actionForm = useActionForm<SchemeFormValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "scheme");
  const current = actionForm.state.current as SchemeFormValues | undefined;
  const choices = <Value extends string>(values: readonly Value[], label: (value: Value) => string) => values.map((value) => ({ value, label: label(value) }));
  const select = (name: "contribution" | "kind" | "status" | "benefitForm" | "benefitFrequency", label: string, options: { value: string; label: string }[], blank?: string) =>
    field(name, label, (props) => (
      <Select {...props}>
        <Options blank={blank} choices={options} />
      </Select>
    ));
  const number = (props: object) => <Input inputMode="numeric" autoComplete="off" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-6">
      <SavedVersionNotice
        fields={
          current && [
            { label: tForm("nationalName"), value: current.nationalName },
            { label: tForm("englishName"), value: current.englishName },
            { label: tForm("status"), value: current.status ? t(`status.${current.status}`) : "" },
            { label: tForm("benefitAmount"), value: current.benefitAmount ? `${current.benefitAmount} ${current.benefitCurrency}` : "" },
            { label: tForm("effectiveCoverage"), value: current.effectiveCoverage },
            { label: tForm("expenditureAmount"), value: current.expenditureAmount ? `${current.expenditureAmount} ${current.expenditureCurrency}` : "" },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      <Section title={t("sections.scheme")}>
        {field("nationalName", tForm("nationalName"), (props) => <Input autoComplete="off" {...props} />, tForm("nationalNameHint"))}
        {field("englishName", tForm("englishName"), (props) => <Input autoComplete="off" {...props} />)}
        <ChoiceGroup type="checkbox" actionForm={actionForm} name="guarantees" legend={tForm("guarantees")} hint={tForm("guaranteesHint")} choices={choices(guarantees, (value) => t(`guarantee.${value}`))} />
        <div className="grid gap-4 sm:grid-cols-2">
          {select("contribution", tForm("contribution"), choices(schemeContributions, (value) => t(`contribution.${value}`)), tForm("noChoice"))}
          {select("kind", tForm("kind"), choices(schemeKinds, (value) => t(`kind.${value}`)), tForm("noChoice"))}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {select("status", tForm("status"), choices(schemeStatuses, (value) => t(`status.${value}`)))}
          {field("startedOn", tForm("startedOn"), (props) => <Input type="date" {...props} />)}
          {field("endedOn", tForm("endedOn"), (props) => <Input type="date" {...props} />, tForm("endedOnHint"))}
        </div>
      </Section>
      <Section title={t("sections.law")}>
        {field("legalBasis", tForm("legalBasis"), (props) => <Textarea className="min-h-16" {...props} />, tForm("legalBasisHint"))}
        {field("legalBasisUrl", tForm("legalBasisUrl"), (props) => <Input type="url" inputMode="url" autoComplete="off" {...props} />)}
        {field("institution", tForm("institution"), (props) => <Input {...props} />)}
        {field("targetGroup", tForm("targetGroup"), (props) => <Textarea className="min-h-16" {...props} />)}
        {field("eligibility", tForm("eligibility"), (props) => <Textarea className="min-h-16" {...props} />)}
      </Section>
      <Section title={t("sections.benefit")}>
        <ChoiceGroup type="radio" actionForm={actionForm} name="benefitForm" legend={tForm("benefitForm")} choices={[{ value: "", label: tForm("noChoice") }, ...choices(benefitForms, (value) => t(`benefitForm.${value}`))]} />
        <MoneyFields field={field} amount={{ name: "benefitAmount", label: tForm("benefitAmount"), hint: tForm("benefitAmountHint") }} currency="benefitCurrency" currencies={currencies} listId="scheme-benefit-currencies" />
        {select("benefitFrequency", tForm("frequency"), choices(benefitFrequencies, (value) => t(`frequency.${value}`)), tForm("noChoice"))}
      </Section>
      <Section title={t("sections.coverage")}>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("legalCoverage", tForm("legalCoverage"), number, t("wholeNumber"))}
          {field("effectiveCoverage", tForm("effectiveCoverage"), number, t("wholeNumber"))}
          {field("coverageYear", tForm("coverageYear"), number)}
        </div>
        {field("coverageSource", tForm("coverageSource"), (props) => <Input {...props} />)}
      </Section>
      <Section title={t("sections.money")}>
        <MoneyFields field={field} amount={{ name: "expenditureAmount", label: tForm("expenditureAmount"), hint: tForm("benefitAmountHint") }} currency="expenditureCurrency" currencies={currencies} listId="scheme-expenditure-currencies" />
        <div className="grid gap-4 sm:grid-cols-3">
          {field("expenditureYear", tForm("expenditureYear"), number)}
          <div className="sm:col-span-2">{field("expenditureSource", tForm("expenditureSource"), (props) => <Input {...props} />)}</div>
        </div>
        <ChoiceGroup type="checkbox" actionForm={actionForm} name="financing" legend={tForm("financing")} choices={choices(financingSources, (value) => t(`financing.${value}`))} />
      </Section>
      <Section title={t("sections.sharing")}>
        <ChoiceGroup
          type="radio"
          actionForm={actionForm}
          name="sharingLevel"
          legend={tForm("sharingLevel")}
          choices={[
            { value: "all", label: tForm("sharingAll") },
            { value: "country", label: tForm("sharingCountry") },
          ]}
        />
      </Section>
      <SubmitButton actionForm={actionForm} label={mode === "add" ? tForm("add") : tForm("save")} pendingLabel={tForm("saving")} />
    </ActionFormShell>
  );
}
