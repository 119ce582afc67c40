"use client";
/**
 * Adds an item to a guarantee's block, or edits one: its statement and details, and for a recommendation its kind
 * and priority. Checks as you type with the server's schema; without JavaScript the server answers and the form
 * comes back as typed. A save over a newer version shows that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Select, Textarea } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import { assessmentSections, guarantees, recommendationKinds, recommendationPriorities } from "@/lib/forms/choices";
import type { ServerAction } from "@/lib/forms/action-state";

export type AssessmentItemFormStart = {
  id?: string;
  version?: number | string;
  countryCode?: string;
  guarantee: string;
  section: string;
  statement: string;
  details: string;
  recommendationKind: string;
  priority: string;
};

export function AssessmentItemForm({ action, mode, initial }: { action: ServerAction; mode: "add" | "edit"; initial: AssessmentItemFormStart }) {
  const t = useTranslations("assessment");
  const tForm = useTranslations("assessment.form");
  const tSchemes = useTranslations("schemes");
  const schema = () =>
    import("@/lib/validation/assessment").then(
      (module) => (mode === "add" ? module.addAssessmentItemSchema : module.editAssessmentItemSchema) as unknown as z.ZodMiniType<unknown, AssessmentItemFormStart>,
    );
  const actionForm = useActionForm<AssessmentItemFormStart>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "assessment-item");
  const current = actionForm.state.current as AssessmentItemFormStart | undefined;
  // Without JavaScript every field shows; with it, the recommendation's fields follow the chosen section.
  const section = actionForm.form.watch("section") ?? initial.section;
  const recommendation = mode === "edit" ? initial.section === "recommendation" : section === "recommendation" || !section;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: tForm("statement"), value: current.statement },
            { label: tForm("details"), value: current.details },
            ...(current.recommendationKind ? [{ label: tForm("kind"), value: t(`recommendationKind.${current.recommendationKind as "management"}`) }] : []),
            ...(current.priority ? [{ label: tForm("priority"), value: t(`priority.${current.priority as "high"}`) }] : []),
          ]
        }
      />
      {mode === "edit" ? (
        hidden("id", "version")
      ) : (
        <>
          {hidden("countryCode")}
          <div className="grid gap-4 sm:grid-cols-2">
            {field("guarantee", tForm("guarantee"), (props) => (
              <Select {...props}>
                <Options choices={guarantees.map((value) => ({ value, label: tSchemes(`guarantee.${value}`) }))} />
              </Select>
            ))}
            {field("section", tForm("section"), (props) => (
              <Select {...props}>
                <Options choices={assessmentSections.map((value) => ({ value, label: t(`sectionOne.${value}`) }))} />
              </Select>
            ))}
          </div>
        </>
      )}
      {field("statement", tForm("statement"), (props) => <Textarea className="min-h-20" {...props} />, tForm("statementHint"))}
      {field("details", tForm("details"), (props) => <Textarea className="min-h-28" {...props} />, tForm("detailsHint"))}
      {recommendation ? (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-semibold">{tForm("recommendationFields")}</legend>
          {mode === "add" ? <p className="text-sm text-slate-600">{tForm("recommendationFieldsHint")}</p> : null}
          <ChoiceGroup type="radio" actionForm={actionForm} name="recommendationKind" legend={tForm("kind")} choices={recommendationKinds.map((value) => ({ value, label: t(`recommendationKind.${value}`) }))} />
          <ChoiceGroup type="radio" actionForm={actionForm} name="priority" legend={tForm("priority")} choices={recommendationPriorities.map((value) => ({ value, label: t(`priority.${value}`) }))} />
        </fieldset>
      ) : null}
      <SubmitButton actionForm={actionForm} label={mode === "add" ? tForm("add") : tForm("save")} pendingLabel={tForm("saving")} />
    </ActionFormShell>
  );
}

