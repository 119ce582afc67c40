"use client";
/**
 * The one-button form of a server action (delete, restore, tick, revoke, answer…), the form shell's compact
 * variant: hidden fields name the target, optional controls go before the button, a refusal shows after it
 * with the field errors it carries. Works without JavaScript like every form here.
 */
import { lazy, type ReactNode } from "react";
import type { ServerAction } from "@/lib/forms/action-state";
import { Button, type ButtonVariant } from "./button";
import { FormShell, useFormAction } from "./form-shell";

// Loaded only when a value is revealed, so the many pages with one-button forms do not carry it. No Suspense
// boundary: the server writes it into the page (no JavaScript needed) and the action's result waits for it (decision 1170).
const SecretValue = lazy(() => import("./secret-value").then((module) => ({ default: module.SecretValue })));

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
  reveal,
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
  /** Shows a value the action handed back once (a one-time link…), to copy; needs the "common" namespace. */
  reveal?: { field: string; id: string; label: string };
}) {
  const { state, formAction, pending } = useFormAction(action);
  const revealed = reveal && state.status === "success" ? state.data?.[reveal.field] : undefined;
  return (
    <FormShell state={state} action={formAction} compact success={showSuccess || undefined} details className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleLabel} className="min-h-8 px-3 py-1">
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {revealed && reveal ? (
        <div className="basis-full">
          <SecretValue id={reveal.id} label={reveal.label} value={revealed} />
        </div>
      ) : null}
    </FormShell>
  );
}
