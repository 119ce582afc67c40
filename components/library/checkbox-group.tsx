"use client";
/** Checkboxes sharing one name, bound to the form, checked as the form starts also without JavaScript. */
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "@/components/ui/action-form";
import { FieldError } from "@/components/ui/field";

export function CheckboxGroup<Values extends FieldValues>({
  actionForm,
  name,
  legend,
  hint,
  choices,
  columns = false,
}: {
  actionForm: ActionForm<Values>;
  name: Path<Values>;
  legend: string;
  hint?: string;
  choices: { value: string; label: string; lang?: string }[];
  /** Many choices: laid out in columns. */
  columns?: boolean;
}) {
  const start = (actionForm.defaults as Record<string, unknown>)[name];
  const checked = new Set(Array.isArray(start) ? start.map(String) : typeof start === "string" && start ? [start] : []);
  const error = actionForm.errorFor(name);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <div className={columns ? "grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" : "flex flex-wrap gap-x-4 gap-y-1"}>
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={choice.value} defaultChecked={checked.has(choice.value)} {...actionForm.form.register(name)} />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
