"use server";
/** Server actions of a milestone: correcting it, deleting and restoring it, adding and removing its evidence. */
import { getTranslations } from "next-intl/server";
import { addEvidence } from "@/lib/progress/add-evidence";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { removeEvidence } from "@/lib/progress/remove-evidence";
import { restoreMilestone } from "@/lib/progress/restore-milestone";
import type { ActionState } from "@/app/_edge/action-state";
import { runFormAction } from "@/app/_edge/form-action";

export async function editMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editMilestone, async () => (await getTranslations("milestone"))("saved"));
}

export async function deleteMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, deleteMilestone, async () => (await getTranslations("milestone"))("deleted"));
}

export async function restoreMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreMilestone, async () => (await getTranslations("milestone"))("restored"));
}

export async function addEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addEvidence, async () => (await getTranslations("evidence"))("added"));
}

export async function removeEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, removeEvidence, async () => (await getTranslations("evidence"))("removed"));
}
