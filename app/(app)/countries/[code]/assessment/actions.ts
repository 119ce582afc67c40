"use server";
/** Server actions of the assessment matrix: each calls one lib/ function, then goes to the item or the matrix. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { editAssessmentItem } from "@/lib/assessment/matrix/edit-item";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { moveAssessmentItem } from "@/lib/assessment/matrix/move-item";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { restoreAssessmentItem, withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import type { ActionState } from "@/lib/forms/action-state";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

const matrixPage = (countryCode: string, done: string, anchor = "") => `/countries/${countryCode}/assessment?done=${done}${anchor}`;
const itemPage = (item: { id: string; countryCode: string }, done: string) => `/countries/${item.countryCode}/assessment/items/${item.id}?done=${done}`;

export async function addAssessmentItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addAssessmentItem, (item) => go(itemPage(item, "added")), "assessment.write");
}

export async function editAssessmentItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editAssessmentItem, (item) => go(itemPage(item, "saved")), "assessment.write");
}

export async function moveAssessmentItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, moveAssessmentItem, (item) => go(matrixPage(item.countryCode, "moved", `#item-${item.id}`)), "assessment.write");
}

export async function withdrawAssessmentItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawAssessmentItem, (item) => go(itemPage(item, "withdrawn")), "assessment.write");
}

export async function restoreAssessmentItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreAssessmentItem, (item) => go(itemPage(item, "restored")), "assessment.write");
}

export async function decideRecommendationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, decideRecommendation, (item) => go(itemPage(item, "decided")), "assessment.write");
}

export async function endorseAssessmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, endorseAssessment, (endorsed) => go(`/countries/${endorsed.countryCode}/assessment/versions/${endorsed.number}?done=endorsed`), "assessment.write");
}

export async function shareAssessmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, shareAssessment, (shared) => go(matrixPage(shared.countryCode, "shared")), "assessment.write");
}
