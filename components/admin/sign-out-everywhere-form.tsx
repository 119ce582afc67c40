"use client";
/**
 * A coordinator ends every session of a person. The ticked box is the confirmation, so the form works the
 * same without JavaScript; the server checks it again.
 */
import { useActionState } from "react";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SignOutEverywhereForm({
  action,
  userId,
  confirmLabel,
  label,
}: {
  action: ServerAction;
  userId: string;
  confirmLabel: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } satisfies ActionState);
  const confirmError = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-start gap-2 text-sm">
        <input
          id="sign-out-everywhere-confirm"
          type="checkbox"
          name="confirm"
          required
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "sign-out-everywhere-error" : undefined}
          className="mt-1"
        />
        <label htmlFor="sign-out-everywhere-confirm">{confirmLabel}</label>
      </div>
      {confirmError ? (
        <p id="sign-out-everywhere-error" className="text-sm text-red-700">
          {confirmError}
        </p>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
      {state.message ? <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
    </form>
  );
}
