"use client";
/** Tailoring: reword a national step, with a version check (a conflict shows what is now saved). */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { EditNationalStepInput } from "@/lib/validation/progress";
import { ProgressConflictNotice } from "./conflict-notice";
import type { ServerAction } from "@/lib/forms/action-state";

export function EditNationalStepForm({ action, countryStepId, version, title, description }: { action: ServerAction; countryStepId: string; version: number; title: string; description: string }) {
  const t = useTranslations("step");
  const actionForm = useActionForm<EditNationalStepInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.editNationalStepSchema),
    action,
    defaultValues: { countryStepId, version, title, description },
  });
  const { state, form } = actionForm;
  const typed = state.status === "error" ? state.values : undefined;
  const current = state.current as { version?: number } | undefined;
  const titleError = actionForm.errorFor("title");
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-3">
      <ProgressConflictNotice current={state.current} />
      <input type="hidden" name="countryStepId" value={countryStepId} />
      <input type="hidden" defaultValue={current?.version ?? version} {...form.register("version")} />
      <Field id="national-edit-title" label={t("nationalTitle")} error={titleError}>
        <Input defaultValue={typed?.title ?? title} {...form.register("title")} />
      </Field>
      <Field id="national-edit-description" label={t("nationalDescription")} error={actionForm.errorFor("description")}>
        <Textarea className="min-h-16" defaultValue={typed?.description ?? description} {...form.register("description")} />
      </Field>
      <SubmitButton actionForm={actionForm} variant="secondary" label={t("saveNationalStep")} />
    </ActionFormShell>
  );
}
