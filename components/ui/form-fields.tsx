"use client";
/**
 * The parts of an action form bound to react-hook-form: a labelled control with its starting value (also
 * without JavaScript), hidden fields, and a group of radio buttons or checkboxes (the submit button is `SubmitButton` in action-form.tsx).
 */
import type { ReactElement } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "./action-form";
import { Field, FieldError } from "./field";

/**
 * `field(name, label, control, hint)` renders a Field whose control gets its id (`${prefix}-${name}`, or the name), start value
 * and binding. `errorFor` replaces the form's own for a form whose answer also comes from elsewhere (a mutation).
 */
export function fieldRenderer<Values extends FieldValues>(actionForm: ActionForm<Values>, prefix: string, errorFor = actionForm.errorFor) {
  const valueOf = (name: string) => String((actionForm.defaults as Record<string, unknown>)[name] ?? "");
  const field = (name: Path<Values>, label: string, control: (props: object) => ReactElement<object>, hint?: string) => (
    <Field id={prefix ? `${prefix}-${name}` : name} label={label} hint={hint} error={errorFor(name)}>
      {control({ defaultValue: valueOf(name), ...actionForm.form.register(name) })}
    </Field>
  );
  /** Hidden fields that carry their start value (the record's id and version, its country…). */
  const hidden = (...names: Path<Values>[]) => (
    <>
      {names.map((name) => (
        <input key={name} type="hidden" defaultValue={valueOf(name)} {...actionForm.form.register(name)} />
      ))}
    </>
  );
  return { field, hidden, valueOf };
}

type Choice = { value: string; label: string; lang?: string };

/** Radio buttons or checkboxes sharing one name, bound to the form, checked as the form starts also without JavaScript. */
export function ChoiceGroup<Values extends FieldValues>({
  actionForm,
  type,
  name,
  legend,
  hint,
  choices,
  columns = false,
}: {
  actionForm: ActionForm<Values>;
  type: "radio" | "checkbox";
  name: Path<Values>;
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  /** Many choices: laid out in columns. */
  columns?: boolean;
}) {
  const start = (actionForm.defaults as Record<string, unknown>)[name];
  // A choice may be blank ("not yet"), so only a missing value checks nothing.
  const checked = new Set(Array.isArray(start) ? start.map(String) : start === undefined || start === null ? [] : [String(start)]);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <div className={columns ? "grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" : type === "radio" ? "flex flex-wrap gap-4" : "flex flex-wrap gap-x-4 gap-y-1"}>
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm">
            <input type={type} value={choice.value} defaultChecked={checked.has(choice.value)} {...actionForm.form.register(name)} />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </div>
      <FieldError error={actionForm.errorFor(name)} />
    </fieldset>
  );
}
