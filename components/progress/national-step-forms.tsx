"use client";
/** Tailoring forms: add a national step between existing ones, and reword a national step (with a version check). */
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { addNationalStepAction, editNationalStepAction } from "@/app/(app)/countries/[code]/actions";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { AddNationalStepInput, EditNationalStepInput } from "@/lib/validation/progress";
import { ProgressConflictNotice } from "./conflict-notice";

export function AddNationalStepForm({ countryCode, steps }: { countryCode: string; steps: { id: string; label: string }[] }) {
  const t = useTranslations("workspace");
  const actionForm = useActionForm<AddNationalStepInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.addNationalStepSchema),
    action: addNationalStepAction,
    defaultValues: { countryCode, afterStepId: steps.at(-1)?.id ?? "", title: "", description: "" },
  });
  const typed = actionForm.state.status === "error" ? actionForm.state.values : undefined;
  const titleError = actionForm.errorFor("title");
  const afterError = actionForm.errorFor("afterStepId");
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-3">
      <input type="hidden" name="countryCode" value={countryCode} />
      <Field id="national-after" label={t("nationalAfter")} error={afterError}>
        <Select id="national-after" defaultValue={typed?.afterStepId ?? steps.at(-1)?.id ?? ""} {...describedBy("national-after", { error: afterError })} {...actionForm.form.register("afterStepId")}>
          <Options choices={steps.map((step) => ({ value: step.id, label: step.label }))} blank={t("nationalFirst")} />
        </Select>
      </Field>
      <Field id="national-title" label={t("nationalTitle")} error={titleError}>
        <Input id="national-title" defaultValue={typed?.title} {...describedBy("national-title", { error: titleError })} {...actionForm.form.register("title")} />
      </Field>
      <Field id="national-description" label={t("nationalDescription")} error={actionForm.errorFor("description")}>
        <Textarea id="national-description" className="min-h-16" defaultValue={typed?.description} {...actionForm.form.register("description")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={actionForm.pending}>
        {t("addNationalStep")}
      </Button>
    </ActionFormShell>
  );
}

export function EditNationalStepForm({ countryStepId, version, title, description }: { countryStepId: string; version: number; title: string; description: string }) {
  const t = useTranslations("step");
  const actionForm = useActionForm<EditNationalStepInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.editNationalStepSchema),
    action: editNationalStepAction,
    defaultValues: { countryStepId, version, title, description },
  });
  const { state, form } = actionForm;
  const typed = state.status === "error" ? state.values : undefined;
  const current = state.current as { version?: number } | undefined;
  useEffect(() => {
    if (current?.version) form.setValue("version", current.version);
  }, [current, form]);
  const titleError = actionForm.errorFor("title");
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-3">
      <ProgressConflictNotice current={state.current} />
      <input type="hidden" name="countryStepId" value={countryStepId} />
      <input type="hidden" defaultValue={current?.version ?? version} {...form.register("version")} />
      <Field id="national-edit-title" label={t("nationalTitle")} error={titleError}>
        <Input id="national-edit-title" defaultValue={typed?.title ?? title} {...describedBy("national-edit-title", { error: titleError })} {...form.register("title")} />
      </Field>
      <Field id="national-edit-description" label={t("nationalDescription")} error={actionForm.errorFor("description")}>
        <Textarea id="national-edit-description" className="min-h-16" defaultValue={typed?.description ?? description} {...form.register("description")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={actionForm.pending}>
        {t("saveNationalStep")}
      </Button>
    </ActionFormShell>
  );
}
