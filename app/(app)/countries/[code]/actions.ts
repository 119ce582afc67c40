"use server";
/** Server actions of a country's workspace and its steps: tailoring, status, checklist and milestone logging. */
import { addNationalStep } from "@/lib/progress/add-national-step";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editNationalStep } from "@/lib/progress/edit-national-step";
import { logMilestone } from "@/lib/progress/log-milestone";
import { markSubActivity } from "@/lib/progress/mark-sub-activity";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
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
