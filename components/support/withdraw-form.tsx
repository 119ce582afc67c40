"use client";
/** Withdraws an entry or a need: a reason is asked for where the record keeps one, so nothing goes by a slip. */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function WithdrawForm({
  action,
  id,
  version,
  withReason,
  label,
}: {
  action: ServerAction;
  id: string;
  version: number;
  withReason: boolean;
  label: string;
}) {
  const t = useTranslations("support.form");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } satisfies ActionState);
  const error = state.fieldErrors?.reason;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {withReason ? (
        <Field id="withdraw-reason" label={t("withdrawReason")} hint={t("withdrawReasonHint")} error={error}>
          <Textarea id="withdraw-reason" name="reason" required className="min-h-16" defaultValue={state.values?.reason} {...describedBy("withdraw-reason", { hint: true, error })} />
        </Field>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
