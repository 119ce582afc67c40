"use client";
/**
 * Plans a milestone ahead, or changes one: the step it belongs to (when adding), what is expected, details, the
 * expected day and who reads it. Checks as you type with the server's schema; without JavaScript the server answers
 * and the form comes back as typed. A save over a newer version shows that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SharingChoice } from "@/components/sharing/sharing-choice";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

export type PlannedMilestoneValues = Record<string, string>;

type Saved = { title: string; description: string; expectedOn: string; sharingLevel: string };

export function PlannedMilestoneForm({
  action,
  mode,
  initial,
  steps,
}: {
  action: ServerAction;
  mode: "add" | "edit";
  initial: PlannedMilestoneValues;
  /** The country's steps to choose from, when adding. */
  steps: { id: string; label: string }[];
}) {
  const t = useTranslations("plans.plannedMilestone");
  const tSharing = useTranslations("sharing");
  const schema = () =>
    import("@/lib/validation/plans").then(
      (module) => (mode === "edit" ? module.editPlannedMilestoneSchema : module.addPlannedMilestoneSchema) as unknown as z.ZodMiniType<unknown, PlannedMilestoneValues>,
    );
  const actionForm = useActionForm<PlannedMilestoneValues>({ schema, action, defaultValues: initial });
  const { field, hidden, valueOf } = fieldRenderer(actionForm, `planned-milestone-${mode}`);
  const current = actionForm.state.current as Saved | undefined;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-4">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("title"), value: current.title },
            { label: t("description"), value: current.description },
            { label: t("expectedOn"), value: current.expectedOn },
            { label: t("sharing"), value: tSharing(current.sharingLevel === "all" ? "all" : "country") },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      {mode === "add"
        ? field("countryStepId", t("step"), (props) => (
            <Select {...props}>
              <Options choices={steps.map((step) => ({ value: step.id, label: step.label }))} />
            </Select>
          ))
        : null}
      {field("title", t("title"), (props) => <Input autoComplete="off" maxLength={200} {...props} />)}
      {field("expectedOn", t("expectedOn"), (props) => <Input type="date" className="sm:w-56" {...props} />)}
      {field("description", t("description"), (props) => <Textarea className="min-h-20" maxLength={5000} {...props} />)}
      <SharingChoice<PlannedMilestoneValues>
        idPrefix={`planned-milestone-${mode}`}
        name="sharingLevel"
        legend={t("sharing")}
        hint={tSharing("milestoneHint")}
        register={actionForm.form.register}
        initial={valueOf("sharingLevel")}
      />
      <SubmitButton actionForm={actionForm} label={mode === "edit" ? t("save") : t("add")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
