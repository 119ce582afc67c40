"use client";
/**
 * The one form shell of a server action: the form element and its form-level message, shown one way (an error
 * is announced at once, a success politely). Full forms put the message above their fields; the compact
 * variant (one-button forms, components/ui/action-button.tsx) puts it after the button. A field's own error is
 * shown by its `Field` (components/ui/field.tsx). Works without JavaScript: the page comes back with the state.
 */
import { clsx } from "clsx";
import { type ComponentProps, type ReactNode, useActionState } from "react";
import type { ActionState, ServerAction } from "@/lib/forms/action-state";
import { Alert } from "./alert";

/** The state of a form not yet sent. */
export const idleState: ActionState = { status: "idle" };

/** The one call of `useActionState` for a form: its state, the action to post to, and whether it is on its way. */
export function useFormAction(action: ServerAction) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return { state, formAction, pending };
}

/**
 * The form-level message. `details` adds the field errors for a form with no field to show them beside;
 * `success` shows a success (with this text when the action sends none); without it only refusals show.
 */
export function FormMessage({
  state,
  success,
  details = false,
  errorTitle,
  className,
}: {
  state: ActionState;
  success?: string | true;
  details?: boolean;
  /** A heading over a refusal ("Not saved"), where the message alone would not say what failed. */
  errorTitle?: string;
  className?: string;
}) {
  if (state.status === "error") {
    const fieldMessages = details ? Object.values(state.fieldErrors ?? {}) : [];
    const text = [state.message, ...fieldMessages].filter(Boolean).join(" ");
    return text ? (
      <div className={className}>
        <Alert tone="error" title={errorTitle}>
          {text}
        </Alert>
      </div>
    ) : null;
  }
  const text = state.status === "success" && success ? (state.message ?? (success === true ? undefined : success)) : undefined;
  return text ? (
    <div className={className}>
      <Alert tone="success">{text}</Alert>
    </div>
  ) : null;
}

export function FormShell({
  state,
  compact = false,
  success,
  details,
  errorTitle,
  className,
  children,
  ...form
}: Omit<ComponentProps<"form">, "action"> & {
  state: ActionState;
  action: (formData: FormData) => void;
  /** A small inline form: the message after the controls, across the whole row. */
  compact?: boolean;
  success?: string | true;
  details?: boolean;
  errorTitle?: string;
  children: ReactNode;
}) {
  const message = <FormMessage state={state} success={success} details={details} errorTitle={errorTitle} className={compact ? "basis-full" : "mb-4"} />;
  return (
    <form {...form} className={clsx(compact && "flex flex-wrap items-end gap-2", className)}>
      {compact ? null : message}
      {children}
      {compact ? message : null}
    </form>
  );
}
