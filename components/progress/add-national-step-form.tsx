"use client";
/** Tailoring: add a national step between the framework's steps. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { AddNationalStepInput } from "@/lib/validation/progress";
import type { ServerAction } from "@/lib/forms/action-state";

export function AddNationalStepForm({ action, countryCode, steps }: { action: ServerAction; countryCode: string; steps: { id: string; label: string }[] }) {
  const t = useTranslations("workspace");
  const actionForm = useActionForm<AddNationalStepInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.addNationalStepSchema),
    action,
    defaultValues: { countryCode, afterStepId: steps.at(-1)?.id ?? "", title: "", description: "" },
  });
  const typed = actionForm.state.status === "error" ? actionForm.state.values : undefined;
  const titleError = actionForm.errorFor("title");
  const afterError = actionForm.errorFor("afterStepId");
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-3">
      <input type="hidden" name="countryCode" value={countryCode} />
      <Field id="national-after" label={t("nationalAfter")} error={afterError}>
        <Select defaultValue={typed?.afterStepId ?? steps.at(-1)?.id ?? ""} {...actionForm.form.register("afterStepId")}>
          <Options choices={steps.map((step) => ({ value: step.id, label: step.label }))} blank={t("nationalFirst")} />
        </Select>
      </Field>
      <Field id="national-title" label={t("nationalTitle")} error={titleError}>
        <Input defaultValue={typed?.title} {...actionForm.form.register("title")} />
      </Field>
      <Field id="national-description" label={t("nationalDescription")} error={actionForm.errorFor("description")}>
        <Textarea className="min-h-16" defaultValue={typed?.description} {...actionForm.form.register("description")} />
      </Field>
      <SubmitButton actionForm={actionForm} variant="secondary" label={t("addNationalStep")} />
    </ActionFormShell>
  );
}
