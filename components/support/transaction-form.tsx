"use client";
/** Records a pledge, commitment, disbursement or spending on a financial entry; asks for a note when the flow runs over. */
import { useTranslations } from "next-intl";
import { addSupportTransactionAction } from "@/app/(app)/support/actions";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { transactionTypes } from "@/db/schema/values";
import type { AddTransactionInput } from "@/lib/validation/support";

type Values = { [Key in keyof AddTransactionInput]: string };

export function TransactionForm({ supportEntryId, currency, today }: { supportEntryId: string; currency: string; today: string }) {
  const t = useTranslations("support");
  const tForm = useTranslations("support.form");
  const actionForm = useActionForm<Values>({
    schema: () => import("@/lib/validation/support").then((module) => module.addTransactionSchema as never),
    action: addSupportTransactionAction,
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
          <Select id="transaction-type" defaultValue={valueOf("type")} {...describedBy("transaction-type", { error: error("type") })} {...form.register("type")}>
            <Options choices={transactionTypes.map((type) => ({ value: type, label: t(`flow.${type}`) }))} />
          </Select>
        </Field>
        <Field id="transaction-amount" label={tForm("transactionAmount", { currency })} hint={tForm("amountHint")} error={error("amount")}>
          <Input
            id="transaction-amount"
            defaultValue={valueOf("amount")}
            inputMode="decimal"
            autoComplete="off"
            {...describedBy("transaction-amount", { hint: true, error: error("amount") })}
            {...form.register("amount")}
          />
        </Field>
        <Field id="transaction-date" label={tForm("transactionDate")} error={error("occurredOn")}>
          <Input id="transaction-date" type="date" defaultValue={valueOf("occurredOn")} {...describedBy("transaction-date", { error: error("occurredOn") })} {...form.register("occurredOn")} />
        </Field>
      </div>
      <Field id="transaction-note" label={tForm("confirmationNote")} hint={tForm("confirmationNoteHint")} error={error("confirmationNote")}>
        <Textarea
          id="transaction-note"
          defaultValue={valueOf("confirmationNote")}
          className="min-h-16"
          {...describedBy("transaction-note", { hint: true, error: error("confirmationNote") })}
          {...form.register("confirmationNote")}
        />
      </Field>
      <Button type="submit" disabled={actionForm.pending}>
        {actionForm.pending ? tForm("saving") : tForm("recordTransaction")}
      </Button>
    </ActionFormShell>
  );
}
