"use client";
/** One text field per interface language (name.en, name.fr…), for data that Socle shows in every language. */
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { locales } from "@/lib/forms/choices";

export function LocalizedTextFields<Values extends FieldValues>({
  name,
  legend,
  hint,
  labelFor,
  form,
  errorFor,
  initial,
}: {
  name: string;
  legend: string;
  hint?: string;
  labelFor: (language: string) => string;
  form: UseFormReturn<Values, unknown, unknown>;
  errorFor: (name: Path<Values>) => string | undefined;
  initial?: Partial<Record<string, string>>;
}) {
  const tLanguages = useTranslations("languages");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {locales.map((locale) => {
          const field = `${name}.${locale}` as Path<Values>;
          const id = `${name}-${locale}`;
          const error = errorFor(field);
          return (
            <Field key={locale} id={id} label={labelFor(tLanguages(locale))} error={error}>
              <Input lang={locale} defaultValue={initial?.[locale] ?? ""} {...form.register(field)} />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
