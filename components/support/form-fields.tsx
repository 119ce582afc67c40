"use client";
/** Renders a labelled control of an action form: its id, its starting value (also without JavaScript), its hint and error. */
import type { ReactElement } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "@/components/ui/action-form";
import { Field, FieldError } from "@/components/ui/field";

export function fieldRenderer<Values extends FieldValues>(actionForm: ActionForm<Values>, prefix: string) {
  const valueOf = (name: string) => String((actionForm.defaults as Record<string, unknown>)[name] ?? "");
  const field = (name: Path<Values>, label: string, control: (props: object) => ReactElement<object>, hint?: string) => {
    const id = `${prefix}-${name}`;
    const error = actionForm.errorFor(name);
    return (
      <Field id={id} label={label} hint={hint} error={error}>
        {control({ id, defaultValue: valueOf(name), ...actionForm.form.register(name) })}
      </Field>
    );
  };
  return { field, valueOf };
}

type Choice = { value: string; label: string };

/** ISO 4217 codes offered while typing a currency (the server checks the code in any case). */
export function CurrencyList({ id, currencies }: { id: string; currencies: string[] }) {
  return (
    <datalist id={id}>
      {currencies.map((code) => (
        <option key={code} value={code} />
      ))}
    </datalist>
  );
}

/** A group of radio buttons bound to the form, checked as the form starts also without JavaScript. */
export function RadioChoices<Values extends FieldValues>({
  actionForm,
  name,
  legend,
  choices,
}: {
  actionForm: ActionForm<Values>;
  name: Path<Values>;
  legend: string;
  choices: readonly Choice[];
}) {
  const start = String((actionForm.defaults as Record<string, unknown>)[name] ?? "");
  const error = actionForm.errorFor(name);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-4">
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm">
            <input type="radio" value={choice.value} defaultChecked={start === choice.value} {...actionForm.form.register(name)} />
            {choice.label}
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
