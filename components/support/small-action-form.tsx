"use client";
/**
 * A small form backed by a server action (answer a need, withdraw a transaction, apply an import): hidden
 * fields, optional controls, one button, and the refusal shown beside it. Works without JavaScript.
 */
import { clsx } from "clsx";
import type { ReactNode } from "react";
import { useActionState } from "react";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SmallActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  variant = "secondary",
  className,
  children,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } satisfies ActionState);
  const details = Object.values(state.fieldErrors ?? {});
  return (
    <form action={formAction} className={clsx("flex flex-wrap items-end gap-2", className)}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending && pendingLabel ? pendingLabel : submitLabel}
      </Button>
      {state.status === "error" ? (
        <div className="basis-full">
          <Alert tone="error">
            {state.message}
            {details.length ? ` ${details.join(" ")}` : null}
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
