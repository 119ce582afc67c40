"use client";
/**
 * A coordinator ends every session of a person, or resets their second factor (with another `id` and action).
 * The ticked box is the confirmation, so the form works the same without JavaScript; the server checks it again.
 */
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function SignOutEverywhereForm({
  action,
  userId,
  confirmLabel,
  label,
  id = "sign-out-everywhere",
}: {
  action: ServerAction;
  userId: string;
  confirmLabel: string;
  label: string;
  id?: string;
}) {
  const { state, formAction, pending } = useFormAction(action);
  const confirmError = state.fieldErrors?.confirm;
  return (
    <FormShell state={state} action={formAction} success className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-start gap-2 text-sm">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          name="confirm"
          required
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? `${id}-error` : undefined}
          className="mt-1"
        />
        <label htmlFor={`${id}-confirm`}>{confirmLabel}</label>
      </div>
      <FieldError id={`${id}-error`} error={confirmError} />
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
    </FormShell>
  );
}
