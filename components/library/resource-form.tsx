"use client";
/** Adds or edits a library resource: what it is, its link and/or file, languages, the steps it serves, agencies and year. */
import { useTranslations } from "next-intl";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { resourceKinds } from "@/lib/forms/choices";
import { maxEvidenceFileMegabytes } from "@/lib/validation/upload-limits";
import type * as z from "zod/mini";
import type { ResourceView } from "@/lib/library/get-resource";
import { type ResourceFormValues, resourceFormValues } from "./resource-form-values";
import type { ServerAction } from "@/lib/forms/action-state";

type Choice = { value: string; label: string; lang?: string };

export function ResourceForm({
  action,
  mode,
  initial,
  steps,
  agencies,
  languages,
  fileName,
}: {
  action: ServerAction;
  mode: "add" | "edit";
  initial: ResourceFormValues;
  steps: Choice[];
  agencies: Choice[];
  languages: Choice[];
  /** The file the resource has now, when editing. */
  fileName?: string | null;
}) {
  const t = useTranslations("library");
  const schema = () => import("@/lib/validation/library").then((module) => (mode === "add" ? module.addResourceSchema : module.editResourceSchema) as unknown as z.ZodMiniType<unknown, ResourceFormValues>);
  const actionForm = useActionForm<ResourceFormValues>({ schema, action, defaultValues: initial });
  const { form, state } = actionForm;
  const { field, hidden } = fieldRenderer(actionForm, "resource");
  const current = state.current ? resourceFormValues(state.current as ResourceView) : undefined;
  const filesError = actionForm.errorFor("files" as never);
  const filesHint = t("fileHint", { maximum: maxEvidenceFileMegabytes });
  const label = (choices: Choice[], values: string[]) => values.map((value) => choices.find((choice) => choice.value === value)?.label ?? value).join(", ");

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("form.title"), value: current.title },
            { label: t("form.kind"), value: t(`kinds.${current.kind}`) },
            { label: t("form.description"), value: current.description },
            { label: t("form.url"), value: current.url },
            { label: t("form.year"), value: current.year },
            { label: t("form.languages"), value: label(languages, current.languages) },
            { label: t("form.steps"), value: label(steps, current.stepKeys) },
            { label: t("form.agencies"), value: label(agencies, current.agencyIds) },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : null}
      {field("title", t("form.title"), (props) => <Input {...props} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("kind", t("form.kind"), (props) => (
          <Select {...props}>
            <Options choices={resourceKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
          </Select>
        ))}
        {field("year", t("form.year"), (props) => <Input inputMode="numeric" autoComplete="off" className="sm:w-32" {...props} />, t("form.yearHint"))}
      </div>
      {field("description", t("form.description"), (props) => <Textarea {...props} />)}
      {field("url", t("form.url"), (props) => <Input type="url" inputMode="url" placeholder="https://" {...props} />, t("form.urlHint"))}
      <Field id="resource-files" label={fileName ? t("form.replaceFile") : t("form.file")} hint={filesHint} error={filesError}>
        <Input type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ppsx,image/*" className="py-1.5" {...form.register("files" as never)} />
      </Field>
      {fileName ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" value="on" {...form.register("removeFile" as never)} />
          {t("form.removeFile", { name: fileName })}
        </label>
      ) : null}
      <ChoiceGroup type="checkbox" actionForm={actionForm} name="languages" legend={t("form.languages")} choices={languages} />
      <ChoiceGroup type="checkbox" actionForm={actionForm} name="stepKeys" legend={t("form.steps")} hint={t("form.stepsHint")} choices={steps} columns />
      <ChoiceGroup type="checkbox" actionForm={actionForm} name="agencyIds" legend={t("form.agencies")} hint={t("form.agenciesHint")} choices={agencies} columns />
      <SubmitButton actionForm={actionForm} label={mode === "add" ? t("form.add") : t("form.save")} pendingLabel={t("form.saving")} />
    </ActionFormShell>
  );
}
