"use client";
/**
 * The ways a step's status can move from where it stands: start, complete with a sign-off note, mark not
 * applicable with a reason, reopen with a reason. Each is a small form that works without JavaScript.
 */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Textarea } from "@/components/ui/field";
import type { stepStatuses } from "@/db/schema/values";
import type { ChangeStepStatusInput, StepStatusChange } from "@/lib/validation/progress";
import { ProgressConflictNotice } from "./conflict-notice";
import type { ServerAction } from "@/lib/forms/action-state";

type Status = (typeof stepStatuses)[number];

function StatusForm({ action, countryStepId, version, to, open }: { action: ServerAction; countryStepId: string; version: number; to: StepStatusChange; open?: boolean }) {
  const t = useTranslations("step");
  const actionForm = useActionForm<ChangeStepStatusInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.changeStepStatusSchema),
    action,
    defaultValues: { countryStepId, version, to, note: "" },
  });
  const id = `status-${to}-note`;
  const error = actionForm.errorFor("note");
  const hint = to === "completed" ? t("signOffHint") : undefined;
  const hidden = (
    <>
      <input type="hidden" name="countryStepId" value={countryStepId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
    </>
  );
  if (to === "in_progress") {
    return (
      <ActionFormShell actionForm={actionForm} className="space-y-2">
        <ProgressConflictNotice current={actionForm.state.current} />
        {hidden}
        <SubmitButton actionForm={actionForm} variant="secondary" label={t("start")} />
      </ActionFormShell>
    );
  }
  const typed = actionForm.state.status === "error" ? actionForm.state.values?.note : undefined;
  return (
    <details open={open || actionForm.state.status === "error"} className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">{t(`${to}Summary`)}</summary>
      <ActionFormShell actionForm={actionForm} className="mt-3 space-y-3">
        <ProgressConflictNotice current={actionForm.state.current} />
        {hidden}
        <Field id={id} label={t(`${to}Note`)} hint={hint} error={error}>
          <Textarea className="min-h-16" defaultValue={typed} {...actionForm.form.register("note")} />
        </Field>
        <SubmitButton actionForm={actionForm} variant={to === "completed" ? "primary" : "secondary"} label={t(`${to}Submit`)} />
      </ActionFormShell>
    </details>
  );
}

export function StepStatusForms({ action, countryStepId, version, status }: { action: ServerAction; countryStepId: string; version: number; status: Status }) {
  const open = status === "completed" || status === "not_applicable";
  const changes: StepStatusChange[] = open ? ["reopened"] : status === "not_started" ? ["in_progress", "completed", "not_applicable"] : ["completed", "not_applicable"];
  return (
    <div className="space-y-3">
      {changes.map((to) => (
        // The version comes from the page each time it renders, so after a conflict the next save starts from the newer one.
        <StatusForm key={to} action={action} countryStepId={countryStepId} version={version} to={to} />
      ))}
    </div>
  );
}
