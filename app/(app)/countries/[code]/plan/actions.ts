"use server";
/**
 * Server actions of a country's plan: each calls one lib/ function, then goes back to the plan page (or the planned
 * milestone's) saying what was done.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { addPlannedMilestone } from "@/lib/plans/add-planned-milestone";
import { editPlannedMilestone } from "@/lib/plans/edit-planned-milestone";
import { restoreBaseline } from "@/lib/plans/restore-baseline";
import { restorePlannedMilestone } from "@/lib/plans/restore-planned-milestone";
import { saveBaseline } from "@/lib/plans/save-baseline";
import { setStepPlans } from "@/lib/plans/set-step-plans";
import { withdrawBaseline } from "@/lib/plans/withdraw-baseline";
import { withdrawPlannedMilestone } from "@/lib/plans/withdraw-planned-milestone";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

const planPage = (countryCode: string, done: string, anchor = "") => `/countries/${countryCode}/plan?done=${done}${anchor}`;

export async function setStepPlansAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, setStepPlans, (saved) => go(planPage(saved.countryCode, "planned")), "plan.write");
}

export async function addPlannedMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addPlannedMilestone, (added) => go(planPage(added.countryCode, "milestoneAdded", "#planned-milestones")), "plan.write");
}

export async function editPlannedMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editPlannedMilestone, (saved) => go(planPage(saved.countryCode, "milestoneSaved", "#planned-milestones")), "plan.write");
}

export async function withdrawPlannedMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawPlannedMilestone, (saved) => go(planPage(saved.countryCode, "milestoneWithdrawn", "#planned-milestones")), "plan.write");
}

export async function restorePlannedMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restorePlannedMilestone, (saved) => go(planPage(saved.countryCode, "milestoneRestored", "#planned-milestones")), "plan.write");
}

export async function saveBaselineAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, saveBaseline, (saved) => go(planPage(saved.countryCode, "baselineSaved", "#baselines")), "plan.write");
}

export async function withdrawBaselineAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawBaseline, (saved) => go(planPage(saved.countryCode, "baselineWithdrawn", "#baselines")), "plan.write");
}

export async function restoreBaselineAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreBaseline, (saved) => go(planPage(saved.countryCode, "baselineRestored", "#baselines")), "plan.write");
}
