"use client";
/**
 * The review forms of a milestone or a step: a comment (a reviewer's remark or the working group's answer), and
 * for reviewers the decisions, "request changes" with its reason and "validate". Each works without JavaScript.
 */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, Textarea } from "@/components/ui/field";
import type { reviewSubjects } from "@/db/schema/values";
import type { ReviewCommentInput, ReviewDecisionInput } from "@/lib/validation/review";
import type { ServerAction } from "@/lib/forms/action-state";

type Subject = { subjectType: (typeof reviewSubjects)[number]; subjectId: string };

function Hidden({ subject, extra = {} }: { subject: Subject; extra?: Record<string, string | number> }) {
  return (
    <>
      {Object.entries({ ...subject, ...extra }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function ReviewCommentForm({ action, subject, answering }: { action: ServerAction; subject: Subject; answering: boolean }) {
  const t = useTranslations("review");
  const actionForm = useActionForm<ReviewCommentInput>({ schema: () => import("@/lib/validation/review").then((module) => module.reviewCommentSchema), action, defaultValues: { ...subject, body: "" } });
  const id = `review-comment-${subject.subjectId}`;
  const error = actionForm.errorFor("body");
  const typed = actionForm.state.status === "error" ? actionForm.state.values?.body : undefined;
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-2">
      <Hidden subject={subject} />
      <Field id={id} label={answering ? t("answerLabel") : t("commentLabel")} error={error}>
        <Textarea className="min-h-16" defaultValue={typed} {...actionForm.form.register("body")} />
      </Field>
      <SubmitButton actionForm={actionForm} variant="secondary" label={answering ? t("answer") : t("comment")} pendingLabel={t("sending")} />
    </ActionFormShell>
  );
}

function DecisionForm({ action, subject, version, decision }: { action: ServerAction; subject: Subject; version: number; decision: ReviewDecisionInput["decision"] }) {
  const t = useTranslations("review");
  const actionForm = useActionForm<ReviewDecisionInput>({
    schema: () => import("@/lib/validation/review").then((module) => module.reviewDecisionSchema),
    action,
    defaultValues: { ...subject, version, decision, reason: "" },
  });
  const id = `review-${decision}-${subject.subjectId}`;
  const error = actionForm.errorFor("reason");
  const typed = actionForm.state.status === "error" ? actionForm.state.values?.reason : undefined;
  const requesting = decision === "changes_requested";
  return (
    <details open={actionForm.state.status === "error"} className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">{requesting ? t("requestChangesSummary") : t("validateSummary")}</summary>
      <ActionFormShell actionForm={actionForm} className="mt-3 space-y-3">
        <Hidden subject={subject} extra={{ version, decision }} />
        <Field id={id} label={requesting ? t("reason") : t("validationNote")} hint={requesting ? t("reasonHint") : undefined} error={error}>
          <Textarea className="min-h-16" defaultValue={typed} {...actionForm.form.register("reason")} />
        </Field>
        <SubmitButton actionForm={actionForm} variant={requesting ? "danger" : "primary"} label={requesting ? t("requestChanges") : t("validate")} />
      </ActionFormShell>
    </details>
  );
}

export function ReviewDecisionForms({ action, subject, version }: { action: ServerAction; subject: Subject; version: number }) {
  return (
    <div className="space-y-3">
      <DecisionForm action={action} subject={subject} version={version} decision="changes_requested" />
      <DecisionForm action={action} subject={subject} version={version} decision="validated" />
    </div>
  );
}
