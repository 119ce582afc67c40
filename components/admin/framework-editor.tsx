"use client";
/**
 * The framework editor: the latest version's steps as one form, to preview and then publish as the next version.
 * Works without JavaScript (the page comes back with the preview and what was typed); a spare row adds a step or
 * a sub-activity, a tick leaves one out, the order field moves one.
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { StepChange } from "@/lib/framework/framework-changes";
import type { ServerAction } from "@/lib/forms/action-state";
import { locales } from "@/lib/forms/choices";

type Text = Record<string, string | undefined>;
export type EditorStep = {
  key: string;
  position: string;
  title: Text;
  description: Text;
  requiresEvidence?: string;
  subActivities: { key: string; title: Text }[];
};
type Preview = {
  number: number;
  changes: (Omit<StepChange, "title"> & { title: Text })[];
  countries: { code: string; name: Text; fromVersion: number; added: string[]; kept: string[]; milestonesOnKept: number }[];
};

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export function FrameworkEditor({ action, basedOn, steps, locale }: { action: ServerAction; basedOn: number; steps: EditorStep[]; locale: string }) {
  const t = useTranslations("frameworkAdmin");
  const tLanguages = useTranslations("languages");
  const { state, formAction, pending } = useFormAction(action);
  const typed = state.values;
  const value = (name: string, fallback: string | undefined) => (typed ? (typed[name] ?? "") : (fallback ?? ""));
  const checked = (name: string, fallback: boolean) => (typed ? typed[name] === "on" : fallback);
  const error = (name: string) => state.fieldErrors?.[name];
  const preview = state.data?.preview ? (JSON.parse(state.data.preview) as Preview) : null;
  const named = (text: Text) => text[locale] || text.en || "";

  const tick = (name: string, fallback: boolean, label: string, className = "mt-1") => (
    <label className={`${className} flex items-center gap-2 text-sm`}>
      <input type="checkbox" name={name} defaultChecked={checked(name, fallback)} />
      {label}
    </label>
  );

  const textFields = (prefix: string, texts: Text, kind: "title" | "description") =>
    locales.map((language) => {
      const name = `${prefix}.${kind}.${language}`;
      const label = t(kind === "title" ? "titleIn" : "descriptionIn", { language: tLanguages(language) });
      return (
        <label key={name} className="block text-sm">
          <span className="text-slate-700">{label}</span>
          {kind === "title" ? (
            <input name={name} defaultValue={value(name, texts[language])} className={input} lang={language} aria-invalid={Boolean(error(name))} />
          ) : (
            <textarea name={name} defaultValue={value(name, texts[language])} rows={2} className={input} lang={language} />
          )}
          <FieldError error={error(name)} />
        </label>
      );
    });

  const stepFields = (step: EditorStep | null, index: number) => {
    const prefix = `steps.${index}`;
    const subActivities = step?.subActivities ?? [];
    return (
      <fieldset key={prefix} className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">
          {step ? t("stepLegend", { position: step.position, title: named(step.title) }) : t("newStep")}
        </legend>
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <label className="block text-sm">
            <span className="text-slate-700">{t("key")}</span>
            {step ? (
              <>
                <input type="hidden" name={`${prefix}.key`} value={step.key} />
                <code className="block py-1.5">{step.key}</code>
              </>
            ) : (
              <input name={`${prefix}.key`} defaultValue={value(`${prefix}.key`, "")} className={input} aria-describedby="key-hint" />
            )}
            <FieldError error={error(`${prefix}.key`)} />
          </label>
          <label className="block text-sm">
            <span className="text-slate-700">{t("position")}</span>
            <input name={`${prefix}.position`} type="number" min={1} max={999} defaultValue={value(`${prefix}.position`, step?.position ?? String(steps.length + 1))} className={input} />
          </label>
        </div>
        {step ? null : (
          <p id="key-hint" className="mt-1 text-xs text-slate-500">
            {t("keyHint")}
          </p>
        )}
        <div className="mt-3 grid gap-3 sm:grid-cols-2">{textFields(prefix, step?.title ?? {}, "title")}</div>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">{textFields(prefix, step?.description ?? {}, "description")}</div>
        {tick(`${prefix}.requiresEvidence`, step?.requiresEvidence === "on", t("requiresEvidence"), "mt-3")}
        {step ? tick(`${prefix}.remove`, false, t("removeStep")) : null}
        <details className="mt-3" open={subActivities.length > 0}>
          <summary className="cursor-pointer text-sm font-medium">{t("subActivities")}</summary>
          <div className="mt-2 space-y-3">
            {[...subActivities, null].map((subActivity, subIndex) => {
              const subPrefix = `${prefix}.subActivities.${subIndex}`;
              return (
                <div key={subPrefix} className="rounded border border-slate-100 p-2">
                  <p className="text-sm font-medium">{subActivity ? <code>{subActivity.key}</code> : t("newSubActivity")}</p>
                  <input type="hidden" name={`${subPrefix}.key`} value={subActivity?.key ?? ""} />
                  <div className="grid gap-2 sm:grid-cols-2">{textFields(subPrefix, subActivity?.title ?? {}, "title")}</div>
                  {subActivity ? tick(`${subPrefix}.remove`, false, t("removeSubActivity")) : null}
                </div>
              );
            })}
          </div>
        </details>
      </fieldset>
    );
  };

  return (
    <FormShell state={state} action={formAction} className="space-y-4" aria-label={t("editTitle", { number: basedOn + 1 })}>
      <input type="hidden" name="basedOn" value={basedOn} />
      {steps.map((step, index) => stepFields(step, index))}
      {stepFields(null, steps.length)}
      <label className="block text-sm">
        <span className="text-slate-700">{t("notes")}</span>
        <textarea name="notes" rows={2} defaultValue={value("notes", "")} className={input} />
      </label>
      {preview ? (
        <section aria-labelledby="preview-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4" role="status">
          <h3 id="preview-title" className="font-semibold">
            {t("previewTitle", { number: preview.number })}
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {preview.changes.map((change) => (
              <li key={change.key}>
                <strong>{named(change.title)}</strong> (<code>{change.key}</code>): {t(`change.${change.change}`)}
                {change.fields.length ? ` — ${change.fields.map((field) => t(`fields.${field}`)).join(", ")}` : ""}
              </li>
            ))}
          </ul>
          <h4 className="mt-3 font-semibold">{t("countriesTitle")}</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {preview.countries
              .filter((country) => country.added.length || country.kept.length)
              .map((country) => (
                <li key={country.code}>
                  {t("countryImpact", {
                    country: named(country.name),
                    version: country.fromVersion,
                    added: country.added.length,
                    kept: country.kept.length,
                    milestones: country.milestonesOnKept,
                  })}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
          {pending ? t("working") : t("preview")}
        </Button>
        <Button type="submit" name="intent" value="publish" disabled={pending}>
          {t("publish", { number: basedOn + 1 })}
        </Button>
      </div>
    </FormShell>
  );
}
