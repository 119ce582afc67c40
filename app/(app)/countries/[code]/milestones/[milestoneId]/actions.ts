"use server";
/** Server actions of a milestone: correcting it, deleting and restoring it, adding and removing its evidence. */
import { addEvidence } from "@/lib/progress/add-evidence";
import { changeEvidenceSharing } from "@/lib/progress/change-evidence-sharing";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { removeEvidence } from "@/lib/progress/remove-evidence";
import { restoreMilestone } from "@/lib/progress/restore-milestone";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
import { progressSaved } from "../../progress-saved";

export async function editMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editMilestone, progressSaved("milestone.saved"), "milestone.edit");
}

export async function deleteMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, deleteMilestone, progressSaved("milestone.deleted"), "milestone.delete");
}

export async function restoreMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreMilestone, progressSaved("milestone.restored"), "milestone.restore");
}

export async function addEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addEvidence, progressSaved("evidence.added"), "milestone.edit");
}

export async function removeEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, removeEvidence, progressSaved("evidence.removed"), "milestone.edit");
}

export async function changeEvidenceSharingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, changeEvidenceSharing, progressSaved("sharing.changed"), "milestone.edit");
}
