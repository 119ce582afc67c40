"use server";
/** Server actions of a country's workspace and its steps: tailoring, status, checklist, milestone logging and a step's needs. */
import { getTranslations } from "next-intl/server";
import { addNationalStep } from "@/lib/progress/add-national-step";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editNationalStep } from "@/lib/progress/edit-national-step";
import { logMilestone } from "@/lib/progress/log-milestone";
import { markSubActivity } from "@/lib/progress/mark-sub-activity";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
import type { MessageKey } from "@/lib/i18n/message-key";
import { addNeed } from "@/lib/support/add-need";
import { progressSaved } from "./progress-saved";

export async function addNationalStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addNationalStep, progressSaved("workspace.nationalStepAdded"), "step.tailor");
}

export async function editNationalStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editNationalStep, progressSaved("step.nationalStepSaved"), "step.tailor");
}

export async function changeStepStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, changeStepStatus, progressSaved("step.statusSaved"), "step.update");
}

export async function markSubActivityAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, markSubActivity, progressSaved(null), "step.update");
}

export async function logMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, logMilestone, progressSaved("milestone.logged"), "milestone.log");
}

/** The labels of the step page's need form, which shows its refusals together after its button. */
const stepNeedLabels = new Map<string, MessageKey>([
  ["kind", "support.form.needKind"],
  ["technicalCategory", "support.categoryLabel"],
  ["estimateAmount", "support.form.estimateAmount"],
  ["estimateCurrency", "support.form.currency"],
  ["description", "support.form.needDescription"],
  ["priority", "support.form.priority"],
]);

/** A need recorded from its step's page: the page stays and is refreshed, and each refusal names its field. */
export async function recordStepNeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, addNeed, progressSaved("support.done.needAdded"), "need.write");
  if (state.status !== "error" || !state.fieldErrors) return state;
  const t = await getTranslations();
  const named = Object.entries(state.fieldErrors).map(([field, message]) => {
    const label = stepNeedLabels.get(field);
    return [field, label ? t("support.namedError", { field: t(label), message }) : message];
  });
  return { ...state, fieldErrors: Object.fromEntries(named) };
}
