"use client";
/** Records a pledge, commitment, disbursement or spending on a financial entry; asks for a note when the flow runs over. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { transactionTypes } from "@/lib/forms/choices";
import type { AddTransactionInput } from "@/lib/validation/support";
import type { ServerAction } from "@/lib/forms/action-state";

type Values = { [Key in keyof AddTransactionInput]: string };

export function TransactionForm({ action, supportEntryId, currency, today }: { action: ServerAction; supportEntryId: string; currency: string; today: string }) {
  const t = useTranslations("support");
  const tForm = useTranslations("support.form");
  const actionForm = useActionForm<Values>({
    schema: () => import("@/lib/validation/support").then((module) => module.addTransactionSchema as never),
    action,
    defaultValues: { supportEntryId, type: "committed", amount: "", occurredOn: today, confirmationNote: "" },
  });
  const { form } = actionForm;
  const valueOf = (name: keyof Values) => String(actionForm.defaults[name] ?? "");
  const error = (name: keyof Values) => actionForm.errorFor(name);
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <input type="hidden" defaultValue={valueOf("supportEntryId")} {...form.register("supportEntryId")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="transaction-type" label={tForm("transactionType")} error={error("type")}>
          <Select defaultValue={valueOf("type")} {...form.register("type")}>
            <Options choices={transactionTypes.map((type) => ({ value: type, label: t(`flow.${type}`) }))} />
          </Select>
        </Field>
        <Field id="transaction-amount" label={tForm("transactionAmount", { currency })} hint={tForm("amountHint")} error={error("amount")}>
          <Input
            defaultValue={valueOf("amount")}
            inputMode="decimal"
            autoComplete="off"
            {...form.register("amount")}
          />
        </Field>
        <Field id="transaction-date" label={tForm("transactionDate")} error={error("occurredOn")}>
          <Input type="date" defaultValue={valueOf("occurredOn")} {...form.register("occurredOn")} />
        </Field>
      </div>
      <Field id="transaction-note" label={tForm("confirmationNote")} hint={tForm("confirmationNoteHint")} error={error("confirmationNote")}>
        <Textarea
          defaultValue={valueOf("confirmationNote")}
          className="min-h-16"
          {...form.register("confirmationNote")}
        />
      </Field>
      <SubmitButton actionForm={actionForm} label={tForm("recordTransaction")} pendingLabel={tForm("saving")} />
    </ActionFormShell>
  );
}
