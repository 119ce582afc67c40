/**
 * Recording a need from its step's page: a form rendered on the server, sent through the one-button form of a server
 * action, so the step page carries no JavaScript of its own for it and it works without any. Every field shows (a
 * category for a technical need, an estimate for a funding one); a refusal names its fields after the button.
 */
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";
import { needKinds, priorities, technicalCategories } from "@/lib/forms/choices";

export async function StepNeedForm({ action, countryCode, countryStepId }: { action: ServerAction; countryCode: string; countryStepId: string }) {
  const [t, tForm] = await Promise.all([getTranslations("support"), getTranslations("support.form")]);
  const id = (name: string) => `step-need-${name}`;
  return (
    <section aria-labelledby={id("title")} className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h4 id={id("title")} className="mb-3 font-medium">
        {t("stepNeedTitle")}
      </h4>
      <ActionButton
        action={action}
        fields={{ countryCode, countryStepId }}
        label={tForm("addNeed")}
        pendingLabel={tForm("saving")}
        variant="primary"
        showSuccess
      >
        <div className="grid basis-full gap-4 sm:grid-cols-2">
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="text-sm font-medium text-slate-800">{tForm("needKind")}</legend>
            <div className="flex flex-wrap gap-4">
              {needKinds.map((kind) => (
                <label key={kind} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="kind" value={kind} defaultChecked={kind === "technical"} />
                  <span>{t(`needKind.${kind}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field id={id("category")} label={t("categoryLabel")} hint={tForm("needCategoryHint")}>
            <Select name="technicalCategory" defaultValue="">
              <Options blank={tForm("noCategory")} choices={technicalCategories.map((value) => ({ value, label: t(`category.${value}`) }))} />
            </Select>
          </Field>
          <Field id={id("priority")} label={tForm("priority")}>
            <Select name="priority" defaultValue="medium">
              <Options choices={priorities.map((value) => ({ value, label: t(`priority.${value}`) }))} />
            </Select>
          </Field>
          <Field id={id("estimate")} label={tForm("estimateAmount")} hint={tForm("estimateHint")}>
            <Input name="estimateAmount" inputMode="decimal" autoComplete="off" />
          </Field>
          <Field id={id("currency")} label={tForm("currency")} hint={tForm("currencyHint")}>
            <Input name="estimateCurrency" autoComplete="off" maxLength={3} className="uppercase" />
          </Field>
          <div className="sm:col-span-2">
            <Field id={id("description")} label={tForm("needDescription")}>
              <Textarea name="description" required maxLength={2000} />
            </Field>
          </div>
        </div>
      </ActionButton>
    </section>
  );
}
