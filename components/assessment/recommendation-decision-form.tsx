"use client";
/**
 * Records what became of a recommendation after its dialogue: adopted (with the date, and how: a decree, a budget
 * line…) or dropped (with the date and why). Each is its own disclosure; the one refused opens again with what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type DecisionValues = { id: string; version: number | string; status: "adopted" | "dropped"; decidedOn: string; reason: string };

export function RecommendationDecisionForm({ action, item, decision, today }: { action: ServerAction; item: { id: string; version: number }; decision: "adopted" | "dropped"; today: string }) {
  const tForm = useTranslations("assessment.decision");
  const schema = () => import("@/lib/validation/assessment").then((module) => module.decideRecommendationSchema as unknown as z.ZodMiniType<unknown, DecisionValues>);
  const actionForm = useActionForm<DecisionValues>({ schema, action, defaultValues: { id: item.id, version: item.version, status: decision, decidedOn: today, reason: "" } });
  const { field, hidden } = fieldRenderer(actionForm, `decision-${decision}`);
  const dropping = decision === "dropped";
  return (
    <details open={actionForm.state.status === "error"} className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">{dropping ? tForm("dropSummary") : tForm("adoptSummary")}</summary>
      <ActionFormShell actionForm={actionForm} className="mt-3 space-y-3">
        {hidden("id", "version", "status")}
        {field("decidedOn", dropping ? tForm("droppedOn") : tForm("adoptedOn"), (props) => <Input type="date" max={today} {...props} />)}
        {field("reason", dropping ? tForm("dropReason") : tForm("adoptNote"), (props) => <Textarea className="min-h-16" {...props} />, dropping ? tForm("dropReasonHint") : tForm("adoptNoteHint"))}
        <SubmitButton actionForm={actionForm} variant={dropping ? "secondary" : "primary"} label={dropping ? tForm("drop") : tForm("adopt")} pendingLabel={tForm("saving")} />
      </ActionFormShell>
    </details>
  );
}
