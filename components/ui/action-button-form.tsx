"use client";
/**
 * A one-button form for a server action (remove, revoke, deactivate…): hidden fields name the target, the
 * action answers with a message. Works without JavaScript like every form here.
 */
import { useActionState } from "react";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Alert } from "./alert";
import { Button } from "./button";
import { SecretValue } from "./secret-value";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  ariaLabel,
  variant = "secondary",
  showMessage = true,
  reveal,
}: {
  action: ServerAction;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  showMessage?: boolean;
  /** Shows a value the action handed back once (a one-time link…), to copy; needs the "common" namespace. */
  reveal?: { field: string; id: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } satisfies ActionState);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {showMessage && state.message ? <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      {state.status === "success" && reveal && state.data?.[reveal.field] ? (
        <SecretValue id={reveal.id} label={reveal.label} value={state.data[reveal.field]!} />
      ) : null}
    </form>
  );
}
