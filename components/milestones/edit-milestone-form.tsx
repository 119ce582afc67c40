"use client";
/**
 * Corrects a milestone. A save based on an older version is refused: the newer version is shown above the
 * form, what the user typed stays in it, and saving again (now knowingly) replaces the newer version.
 */
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ProgressConflictNotice } from "@/components/progress/conflict-notice";
import { SharingChoice } from "@/components/sharing/sharing-choice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Input, Textarea } from "@/components/ui/field";
import type { EditMilestoneInput } from "@/lib/validation/progress";
import type { ServerAction } from "@/lib/forms/action-state";

type Props = {
  action: ServerAction;
  milestoneId: string;
  version: number;
  title: string;
  occurredOn: string;
  description: string;
  sharingLevel: "country" | "all";
  maxDate: string;
};

export function EditMilestoneForm({ action, milestoneId, version, title, occurredOn, description, sharingLevel, maxDate }: Props) {
  const t = useTranslations("milestone");
  const tSharing = useTranslations("sharing");
  const actionForm = useActionForm<EditMilestoneInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.editMilestoneSchema),
    action,
    defaultValues: { milestoneId, version, title, occurredOn, description, sharingLevel },
  });
  const { state, form } = actionForm;
  const typed = state.status === "error" ? state.values : undefined;
  const current = state.current as { kind?: string; version?: number } | undefined;
  const newerVersion = current?.kind === "milestone" ? current.version : undefined;
  useEffect(() => {
    if (newerVersion) form.setValue("version", newerVersion);
  }, [newerVersion, form]);

  const { field } = fieldRenderer(actionForm, "edit");

  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <ProgressConflictNotice current={state.current} />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <input type="hidden" defaultValue={newerVersion ?? version} {...form.register("version")} />
      {field("title", t("title"), (props) => <Input {...props} />)}
      {field("occurredOn", t("occurredOn"), (props) => <Input type="date" max={maxDate} className="sm:w-56" {...props} />)}
      {field("description", t("description"), (props) => <Textarea {...props} />)}
      <SharingChoice<EditMilestoneInput>
        idPrefix="edit"
        name="sharingLevel"
        legend={tSharing("milestoneLegend")}
        hint={tSharing("milestoneHint")}
        register={form.register}
        initial={typed?.sharingLevel ?? sharingLevel}
      />
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
