"use client";
/**
 * A one-button form posting to a server action (delete, restore, tick): works without JavaScript, and shows
 * the server's refusal beside the button instead of a broken page.
 */
import { useActionState } from "react";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Button } from "./button";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  accessibleLabel,
  variant = "secondary",
  className,
}: {
  action: ServerAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** What the button does to what, when the visible label alone would be ambiguous in a list. */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } satisfies ActionState);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleLabel} className="min-h-8 px-3 py-1">
        {pending ? pendingLabel : label}
      </Button>
      {state.status === "error" && state.message ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
