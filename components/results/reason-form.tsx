/**
 * A change that asks why (declining a proposal, withdrawing a value, no longer following an indicator): the
 * one-button form of a server action with the reason rendered on the server, so the page needs no script of its own
 * for it. A refusal shows after the button and the reason typed comes back.
 */
import { ActionButton } from "@/components/ui/action-button";
import type { ButtonVariant } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { ServerAction } from "@/lib/forms/action-state";

export function ReasonForm({
  action,
  id,
  fields,
  label,
  accessibleLabel,
  reasonLabel,
  variant = "danger",
}: {
  action: ServerAction;
  /** The id of the form's reason field, unique on the page. */
  id: string;
  fields: Record<string, string | number>;
  label: string;
  accessibleLabel?: string;
  reasonLabel: string;
  variant?: ButtonVariant;
}) {
  return (
    <ActionButton action={action} fields={fields} label={label} accessibleLabel={accessibleLabel} variant={variant}>
      <div className="basis-full">
        <Field id={id} label={reasonLabel}>
          <Textarea name="reason" required maxLength={1000} className="min-h-14" />
        </Field>
      </div>
    </ActionButton>
  );
}
