"use client";
/**
 * A coordinator issues a password-reset link: a one-button form on the form shell's compact variant, and the link
 * the action hands back once, to copy. Its own form so that `ActionButton`, on most pages, carries no copy box.
 */
import { Button } from "@/components/ui/button";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import { SecretValue } from "@/components/ui/secret-value";
import type { ServerAction } from "@/lib/forms/action-state";

/** Needs the "common" catalogue namespace on the client (the copy button). */
export function PasswordResetForm({ action, userId, label, linkLabel }: { action: ServerAction; userId: string; label: string; linkLabel: string }) {
  const { state, formAction, pending } = useFormAction(action);
  const link = state.status === "success" ? state.data?.link : undefined;
  return (
    <FormShell state={state} action={formAction} compact success details>
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} className="min-h-8 px-3 py-1">
        {label}
      </Button>
      {link ? (
        <div className="basis-full">
          <SecretValue id="reset-link" label={linkLabel} value={link} />
        </div>
      ) : null}
    </FormShell>
  );
}
