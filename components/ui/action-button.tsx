"use client";
/**
 * The one-button form of a server action (delete, restore, tick, revoke, answer…), the form shell's compact
 * variant: hidden fields name the target, optional controls go before the button, a refusal shows after it
 * with the field errors it carries (a form that also shows what the action hands back, such as a one-time link,
 * is its own component on the same shell: components/admin/password-reset-form.tsx). Works without JavaScript like every form here.
 */
import { type ReactNode, useEffect, useRef } from "react";
import type { ServerAction } from "@/lib/forms/action-state";
import { Button, type ButtonVariant } from "./button";
import { FormShell, useFormAction } from "./form-shell";

export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  accessibleLabel,
  variant = "secondary",
  className,
  children,
  showSuccess = false,
}: {
  action: ServerAction;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  /** What the button does to what, when the visible label alone would be ambiguous in a list. */
  accessibleLabel?: string;
  variant?: ButtonVariant;
  className?: string;
  /** Controls sent with the button (a select…). */
  children?: ReactNode;
  /** Also says when the action succeeded, for a change the page does not otherwise show at once. */
  showSuccess?: boolean;
}) {
  const { state, formAction, pending } = useFormAction(action);
  const form = useRef<HTMLFormElement>(null);
  // React empties a form once its action has run. After a refusal the controls sent with the button (rendered on
  // the server, so not kept by the form kit's hook) get back what was typed, as the other forms keep theirs.
  useEffect(() => {
    if (state.status !== "error" || !state.values || !form.current) return;
    for (const [name, value] of Object.entries(state.values)) {
      const control = form.current.elements.namedItem(name);
      if (control instanceof RadioNodeList || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) control.value = value;
      else if (control instanceof HTMLInputElement && !["hidden", "checkbox", "radio", "file"].includes(control.type)) control.value = value;
    }
  }, [state]);
  return (
    <FormShell ref={form} state={state} action={formAction} compact success={showSuccess || undefined} details className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleLabel} className="min-h-8 px-3 py-1">
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
    </FormShell>
  );
}
