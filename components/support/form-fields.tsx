"use client";
/** Renders a labelled control of an action form: its id, its starting value (also without JavaScript), its hint and error. */
import type { ReactNode } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "@/components/ui/action-form";
import { describedBy, Field } from "@/components/ui/field";

export function fieldRenderer<Values extends FieldValues>(actionForm: ActionForm<Values>, prefix: string) {
  const valueOf = (name: string) => String((actionForm.defaults as Record<string, unknown>)[name] ?? "");
  const field = (name: Path<Values>, label: string, control: (props: object) => ReactNode, hint?: string) => {
    const id = `${prefix}-${name}`;
    const error = actionForm.errorFor(name);
    return (
      <Field id={id} label={label} hint={hint} error={error}>
        {control({ id, defaultValue: valueOf(name), ...describedBy(id, { hint, error }), ...actionForm.form.register(name) })}
      </Field>
    );
  };
  return { field, valueOf };
}
