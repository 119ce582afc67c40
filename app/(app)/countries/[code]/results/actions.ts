"use server";
/**
 * Server actions of a country's results: each calls one lib/ function, then goes to the followed indicator's page
 * (or the results page). A value's own use cases answer with the value; the form names the indicator it is on.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { isRecordId } from "@/lib/progress/records";
import { acceptProposal } from "@/lib/results/accept-proposal";
import { addNationalIndicator } from "@/lib/results/add-indicator";
import { declineProposal } from "@/lib/results/decline-proposal";
import { editCountryIndicator } from "@/lib/results/edit-country-indicator";
import { editIndicatorValue } from "@/lib/results/edit-value";
import { followIndicator } from "@/lib/results/follow-indicator";
import { proposeIndicatorValue } from "@/lib/results/propose-value";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { restoreIndicatorValue } from "@/lib/results/restore-value";
import { withdrawCountryIndicator } from "@/lib/results/withdraw-country-indicator";
import { withdrawIndicatorValue } from "@/lib/results/withdraw-value";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

const resultsPage = (countryCode: string) => `/countries/${countryCode}/results`;
const indicatorPage = (countryCode: string, id: string, done: string) => `${resultsPage(countryCode)}/${id}?done=${done}`;

/** The followed indicator a value's form is on (a hidden field), for going back to it; the results page otherwise. */
function backToIndicator(formData: FormData, countryCode: string, done: string): never {
  const followed = formData.get("countryIndicatorId");
  return go(typeof followed === "string" && isRecordId(followed) ? indicatorPage(countryCode, followed, done) : `${resultsPage(countryCode)}?done=${done}`);
}

export async function followIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, followIndicator, (followed) => go(indicatorPage(followed.countryCode, followed.id, "followed")), "results.write");
}

export async function addNationalIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  // The new indicator is chosen on the follow form the group goes on to.
  return runFormAction(formData, addNationalIndicator, (added) => go(`${resultsPage(added.countryCode)}/follow?indicator=${added.id}&done=nationalAdded`), "results.write");
}

export async function editCountryIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editCountryIndicator, (followed) => go(indicatorPage(followed.countryCode, followed.id, "saved")), "results.write");
}

export async function withdrawCountryIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawCountryIndicator, (followed) => go(`${resultsPage(followed.countryCode)}?done=stopped`), "results.write");
}

export async function recordValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, recordIndicatorValue, (value) => backToIndicator(formData, value.countryCode, "recorded"), "results.write");
}

export async function proposeValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, proposeIndicatorValue, (value) => backToIndicator(formData, value.countryCode, "proposed"), "results.propose");
}

export async function editValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editIndicatorValue, (value) => backToIndicator(formData, value.countryCode, "valueSaved"), "results.write");
}

export async function withdrawValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  // An adviser may withdraw their own proposal: lib/ decides, so no role is refused before the form is read.
  return runFormAction(formData, withdrawIndicatorValue, (value) => backToIndicator(formData, value.countryCode, "valueWithdrawn"));
}

export async function restoreValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreIndicatorValue, (value) => backToIndicator(formData, value.countryCode, "valueRestored"), "results.write");
}

export async function acceptProposalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, acceptProposal, (value) => backToIndicator(formData, value.countryCode, "accepted"), "results.write");
}

export async function declineProposalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, declineProposal, (value) => backToIndicator(formData, value.countryCode, "declined"), "results.write");
}
