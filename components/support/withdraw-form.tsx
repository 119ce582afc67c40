"use client";
/** Withdraws an entry or a need: a reason is asked for where the record keeps one, so nothing goes by a slip. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function WithdrawForm({
  action,
  id,
  version,
  withReason,
  label,
  reasonHint,
}: {
  action: ServerAction;
  id: string;
  version: number;
  withReason: boolean;
  label: string;
  /** What a reason looks like for this kind of record; a support record's example otherwise. */
  reasonHint?: string;
}) {
  const t = useTranslations("support.form");
  const { state, formAction, pending } = useFormAction(action);
  const error = state.fieldErrors?.reason;
  return (
    <FormShell state={state} action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {withReason ? (
        <Field id="withdraw-reason" label={t("withdrawReason")} hint={reasonHint ?? t("withdrawReasonHint")} error={error}>
          <Textarea name="reason" required className="min-h-16" defaultValue={state.values?.reason} />
        </Field>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
    </FormShell>
  );
}
